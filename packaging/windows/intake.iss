; Inno Setup 6 script for Intake on Windows (64-bit).
;
; Build the app first (packaging/intake.spec gives dist\intake\intake.exe), then:
;   iscc packaging\windows\intake.iss                       (version 0.1.0)
;   iscc /DAppVersion=0.2.0 packaging\windows\intake.iss    (another version)
; The installer is written to dist\installer\intake-<version>-setup.exe.
;
; It installs for the current user by default (no administrator needed, which suits a
; charity laptop without IT support); "Install for all users" is offered when run as an
; administrator. Workspaces live in %LOCALAPPDATA%\Intake\Intake and are NEVER removed
; by uninstalling or upgrading: see docs/admin-guide.md before removing Intake.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Intake"
#define AppExe "intake.exe"
#define Root "..\.."

[Setup]
; Keep AppId for ever: it is how upgrades find the previous installation.
AppId={{8C7407D4-D388-40D4-95E5-47DDBF154CD5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Intake
AppComments=Offline, encrypted, trauma-informed data collection for victim-support services.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist\installer
OutputBaseFilename=intake-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\icons\intake.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Intake before replacing its files (it saves every answer at once).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\intake\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no file of an older version lingers.
; (Program files only: workspaces are elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Open Intake"
Name: "{autoprograms}\{#AppName} practice (made-up people)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "Practise with made-up people; nothing is kept"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself made beside its files. The workspace folder
; (%LOCALAPPDATA%\Intake\Intake) holds people's records and is deliberately kept.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function SelfTestWanted: Boolean;
begin
  { /NOSELFTEST skips it, e.g. for a script that runs its own check afterwards. }
  Result := Pos('/NOSELFTEST', UpperCase(GetCmdTail)) = 0;
end;

{ After copying the files, run "intake.exe --self-test" (a throwaway encrypted workspace,
  one interview step, one PDF page; nothing is kept) and say so plainly if it fails. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if (CurStep = ssPostInstall) and SelfTestWanted then
  begin
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not Exec(ExpandConstant('{app}\{#AppExe}'), '--self-test', '', SW_HIDE,
                ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox('Intake is installed, but its self-check did not pass (code ' +
        IntToStr(ResultCode) + '), so it may not work properly on this computer. ' +
        'Please tell whoever set up Intake for your service before using it.',
        mbError, MB_OK, IDOK);
  end;
end;
