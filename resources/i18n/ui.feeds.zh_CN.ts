<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/feeds.py" line="46" />
        <source>The subscription calendars were not published: %1</source>
        <translation>订阅日历未能发布：%1</translation>
    </message>
    <message>
        <location filename="../../ui/feeds.py" line="55" />
        <source>Publishing the subscription calendars…</source>
        <translation>正在发布订阅日历…</translation>
    </message>
</context>
</TS>