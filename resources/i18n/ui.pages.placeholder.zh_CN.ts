<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="18"/>
        <source>This page is not built yet. It will come in a later version of Huiwu.</source>
        <translation>此页面尚未完成，将在会务的后续版本中提供。</translation>
    </message>
</context>
</TS>
