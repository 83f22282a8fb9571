# reportlab's standard fonts (AFM/PFB) and its colour/encoding data are read from the package folder.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("reportlab")
hiddenimports = collect_submodules("reportlab.pdfbase") + collect_submodules("reportlab.graphics.barcode")
