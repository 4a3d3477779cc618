<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/ledger/chart.py" line="36" />
        <source>M%1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="62" />
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="63" />
        <source>Arranged</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="64" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="65" />
        <source>Avoided by merge</source>
        <translation>整合/借会减少</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="73" />
        <source>Held and arranged to date</source>
        <translation>累计已召开和已安排</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="75" />
        <source>Plan to date</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="81" />
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/chart.py" line="87" />
        <source>To date</source>
        <translation>累计</translation>
    </message>
</context>
</TS>