<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/single_instance.py" line="149" />
        <source>Already running</source>
        <translation>已在运行</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="151" />
        <source>Huiwu already has this database open in another window on this PC.</source>
        <translation>会务已在本机的另一个窗口中打开此数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="153" />
        <source>Work in that window, so that two windows never save over each other's changes. A read-only window shows the same data but cannot save anything.</source>
        <translation>请在那个窗口中工作，以免两个窗口的修改互相覆盖。以只读方式打开的窗口可以查看同样的数据，但不能保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="155" />
        <source>Switch to the open window</source>
        <translation>切换到已打开的窗口</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="157" />
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="159" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="178" />
        <source>Database file: </source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="179" />
        <source>Database: </source>
        <translation>数据库：</translation>
    </message>
</context>
</TS>