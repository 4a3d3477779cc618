<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Huiwu</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>The database could not be opened:</source>
        <translation>无法打开数据库：</translation>
    </message>
</context>
</TS>
