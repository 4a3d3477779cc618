<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/week/grid.py" line="60"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/week/grid.py" line="95"/>
        <source>on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../../ui/week/grid.py" line="102"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/week/grid.py" line="104"/>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/week/grid.py" line="110"/>
        <source>Chair</source>
        <translation>主持</translation>
    </message>
</context>
</TS>
