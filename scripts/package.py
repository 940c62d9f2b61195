"""`make package`: the zip for the QGIS plugin repository.

One top folder named ``csiap_planner``; the plugin code, styles, icons,
compiled translations and LICENSE; no tests, caches or developer files.
"""

import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = "csiap_planner"
INCLUDE_DIRS = ("core", "workspace", "report", "processing", "plugin", "styles", "i18n", "docs")
INCLUDE_FILES = ("__init__.py", "compat.py", "metadata.txt", "LICENSE", "README.md")
INCLUDE_SUFFIXES = (".py", ".qml", ".qpt", ".svg", ".png", ".qm", ".ui", ".md", ".html")  # docs: the user guide


def package_files():
    for name in INCLUDE_FILES:
        yield name
    for folder in INCLUDE_DIRS:
        for directory, subdirs, files in os.walk(os.path.join(ROOT, folder)):
            subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(INCLUDE_SUFFIXES):
                    yield os.path.relpath(os.path.join(directory, name), ROOT)


def build(zip_path):
    os.makedirs(os.path.dirname(os.path.abspath(zip_path)), exist_ok=True)
    if not os.path.exists(os.path.join(ROOT, "i18n", "csiap_planner_id.qm")):
        sys.exit("i18n/csiap_planner_id.qm is missing: run `make package`, which builds it.")
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in package_files():
            archive.write(os.path.join(ROOT, relative), "{}/{}".format(TOP, relative.replace(os.sep, "/")))
    print(zip_path)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", TOP + ".zip"))
