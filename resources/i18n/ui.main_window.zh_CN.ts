<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Huiwu — meeting office</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Local database</source>
        <translation>本机数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Shared database: </source>
        <translation>共享数据库：</translation>
    </message>
</context>
</TS>
