<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/progress.py" line="73" />
        <source>Huiwu</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="75" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/progress.py" line="96" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>