<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="56" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="56" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="61" />
        <source>The passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="65" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="66" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="75" />
        <source>Please type it, or press Cancel.</source>
        <translation>请输入，或按“取消”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="124" />
        <source>Passwords</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="146" />
        <source>Where passwords are kept</source>
        <translation>密码保存方式</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="159" />
        <source>This PC has no system keyring (Windows Credential Manager, macOS Keychain or a Linux desktop's Secret Service), so the passwords of the database server and of the calendar servers are never written in plain text. Choose how Huiwu keeps them:</source>
        <translation>本机没有系统密码库（Windows 凭据管理器、macOS 钥匙串或 Linux 桌面的 Secret Service）。数据库服务器和日历服务器的密码绝不以明文保存，请选择保存方式：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="164" />
        <source>Ask for each password the first time it is needed after Huiwu starts, and keep it in memory only (nothing is written to disk)</source>
        <translation>每次启动会务后，第一次需要时询问密码，只保存在内存中（不写入磁盘）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="167" />
        <source>Keep them in an encrypted file protected by a passphrase; the passphrase is asked once after Huiwu starts</source>
        <translation>保存在用口令加密的文件中；每次启动会务后询问一次口令</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="178" />
        <source>Use this way</source>
        <translation>采用此方式</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="181" />
        <source>Forgot the passphrase: delete the encrypted file…</source>
        <translation>忘记口令：删除加密文件…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="197" />
        <source>Passwords are kept in: %1</source>
        <translation>密码保存在：%1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="218" />
        <source>Delete the encrypted file</source>
        <translation>删除加密文件</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/passwords.py" line="219" />
        <source>Delete %1? The passwords in it are lost; Huiwu asks for each one again when it is needed.</source>
        <translation>删除 %1？其中的密码将丢失，需要时会务会重新询问各个密码。</translation>
    </message>
</context>
</TS>