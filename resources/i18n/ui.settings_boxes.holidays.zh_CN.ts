<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="35" />
        <source>Holidays and adjusted working days</source>
        <translation>节假日与调休</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="39" />
        <source>The China holiday calendar (with 调休 weekend workdays) is built in. Add the office's own days here for corrections and for years the calendar does not know yet.</source>
        <translation>已内置国家法定节假日（含调休上班日）。如需更正，或内置数据尚未收录某一年，请在此添加本单位的安排。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="50" />
        <location filename="../../ui/settings_boxes/holidays.py" line="91" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="52" />
        <location filename="../../ui/settings_boxes/holidays.py" line="92" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="52" />
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="52" />
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="53" />
        <location filename="../../ui/settings_boxes/holidays.py" line="93" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="58" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="59" />
        <location filename="../../ui/settings_boxes/holidays.py" line="112" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="81" />
        <source>Add holiday adjustment</source>
        <translation>新增节假日调整</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="87" />
        <source>Day off (holiday)</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="88" />
        <source>Working day (调休上班)</source>
        <translation>上班（调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="90" />
        <source>e.g. Spring Festival</source>
        <translation>如：春节</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="102" />
        <source>Holiday adjustment saved: %1.</source>
        <translation>已保存节假日调整：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="112" />
        <source>Remove the adjustment of %1?</source>
        <translation>删除 %1 的调整？</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/holidays.py" line="116" />
        <source>Holiday adjustment removed.</source>
        <translation>已删除节假日调整。</translation>
    </message>
</context>
</TS>