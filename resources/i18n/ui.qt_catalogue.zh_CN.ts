<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="18" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="19" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="20" />
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="21" />
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="22" />
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="23" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="24" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="14" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="16" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_catalogue.py" line="26" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
</TS>