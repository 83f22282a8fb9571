from pulse_desktop.main import main

raise SystemExit(main())
