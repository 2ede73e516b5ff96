"""Build ShopDesk for the platform this runs on, into dist/.

    python installers/build.py

Linux: dist/ShopDesk/ (a folder: ShopDesk, the app; shopdesk-cli, the command line).
Windows: the same folder, then dist/ShopDesk-setup-VERSION.exe when Inno Setup's ``iscc`` is
on PATH (installers/windows/shopdesk.iss). macOS: dist/ShopDesk.app, then
dist/ShopDesk-VERSION.dmg (hdiutil). The version is the package's (shown in Help › About).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402


def run(*command: str) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def main() -> int:
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", "dist",
        "--workpath", "build/pyinstaller", "installers/shopdesk.spec")
    if sys.platform == "win32" and shutil.which("iscc"):
        run("iscc", f"/DAppVersion={__version__}", "installers/windows/shopdesk.iss")
    if sys.platform == "darwin":
        dmg = ROOT / "dist" / f"ShopDesk-{__version__}.dmg"
        dmg.unlink(missing_ok=True)
        run("hdiutil", "create", "-volname", "ShopDesk", "-srcfolder", "dist/ShopDesk.app",
            "-ov", "-format", "UDZO", str(dmg))
    print(f"ShopDesk {__version__} built in {ROOT / 'dist'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
