<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Huiwu — meeting office</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source> · read-only: changes are not saved</source>
        <translation> · 只读：修改不会保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Local database</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Shared database: </source>
        <translation>共享数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>&amp;About Huiwu</source>
        <translation>关于会务(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>Command</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>Log folder: </source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>About Huiwu</source>
        <translation>关于会务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Huiwu %1 — meeting office</source>
        <translation>会务 %1</translation>
    </message>
</context>
</TS>