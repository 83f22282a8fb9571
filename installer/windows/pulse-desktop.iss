; Inno Setup script for PULSE Desktop (run by installer/build.py on Windows:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\dist\pulse-desktop /Obuild\packages installer\windows\pulse-desktop.iss)
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\pulse-desktop"
#endif

[Setup]
AppId={{6B1E8E52-5E3C-4C7B-9D43-2A1C0F5E7A11}
AppName=PULSE Desktop
AppVersion={#AppVersion}
AppPublisher=PULSE Desktop team
DefaultDirName={autopf}\PULSE Desktop
DefaultGroupName=PULSE Desktop
OutputBaseFilename=PULSE-Desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
UninstallDisplayIcon={app}\PULSE Desktop.exe

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\PULSE Desktop"; Filename: "{app}\PULSE Desktop.exe"
Name: "{group}\Uninstall PULSE Desktop"; Filename: "{uninstallexe}"
Name: "{autodesktop}\PULSE Desktop"; Filename: "{app}\PULSE Desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\PULSE Desktop.exe"; Description: "Start PULSE Desktop"; Flags: nowait postinstall skipifsilent
