"""Build hook: the wheel carries compiled translation catalogues (``.qm``) beside the ``.ts``.

Everything else is in pyproject.toml. After setuptools copies the package, each
``lapor_desktop/resources/translations/*.ts`` in the build folder is compiled with Qt's lrelease
(``lapor_desktop/ui/qm_catalogue.py``, loaded by path: it imports no Qt and nothing else of the
package). Without lrelease in the build environment the wheel is built without them and says so;
the program then compiles them at first start into its cache folder.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _catalogue_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parent / "lapor_desktop" / "ui" / "qm_catalogue.py"
    spec = importlib.util.spec_from_file_location("_lapor_qm_catalogue", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        folder = Path(self.build_lib) / "lapor_desktop" / "resources" / "translations"
        if not list(folder.glob("*.ts")):
            return
        qm = _catalogue_module()
        try:
            for made in qm.compile_dir(folder):
                print(f"compiled translation catalogue {made.name}")
        except qm.LreleaseMissing as exc:
            print(f"WARNING: translations not compiled ({exc}); the program compiles them at first start")


setup(cmdclass={"build_py": BuildPyWithCatalogues})
