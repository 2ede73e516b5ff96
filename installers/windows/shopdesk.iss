; Windows installer for ShopDesk (Inno Setup 6): per-user, no administrator rights needed,
; a Start-menu entry and an uninstaller. Built by installers/build.py after PyInstaller:
;   iscc /DAppVersion=0.1.0 installers\windows\shopdesk.iss
; The shop's data lives in %LOCALAPPDATA%\ShopDesk and survives uninstalling and upgrades.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E7C4C1E-5B7A-4C7E-9E43-5D0C9B1F2A11}
AppName=ShopDesk 店小二客服台
AppVersion={#AppVersion}
AppPublisher=ShopDesk
DefaultDirName={localappdata}\Programs\ShopDesk
DefaultGroupName=ShopDesk
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=ShopDesk-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\shopdesk.ico
UninstallDisplayIcon={app}\ShopDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\ShopDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ShopDesk"; Filename: "{app}\ShopDesk.exe"
Name: "{userdesktop}\ShopDesk"; Filename: "{app}\ShopDesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\ShopDesk.exe"; Description: "{cm:LaunchProgram,ShopDesk}"; Flags: nowait postinstall skipifsilent
