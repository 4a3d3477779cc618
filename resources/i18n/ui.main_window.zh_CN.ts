<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Huiwu — meeting office</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Local database</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Shared database: </source>
        <translation>共享数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>&amp;About Huiwu</source>
        <translation>关于会务(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269" />
        <source>Command</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Log folder: </source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>About Huiwu</source>
        <translation>关于会务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299" />
        <source>Huiwu %1 — meeting office</source>
        <translation>会务 %1</translation>
    </message>
</context>
</TS>