<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/handouts/live_preview.py" line="65"/>
        <source>The page preview appears here.</source>
        <translation>此处显示页面预览。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/live_preview.py" line="76"/>
        <source>One-page preview</source>
        <translation>单页预览</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/live_preview.py" line="102"/>
        <source>Laying out the page…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/live_preview.py" line="121"/>
        <source>Does not fit on one page</source>
        <translation>一页排不下</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/live_preview.py" line="124"/>
        <source>Fits on one A4 page; type reduced to %1 pt.</source>
        <translation>可排入一页 A4，正文已缩小到 %1 磅。</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/live_preview.py" line="125"/>
        <source>Fits on one A4 page at %1 pt.</source>
        <translation>可排入一页 A4，正文 %1 磅。</translation>
    </message>
</context>
</TS>
