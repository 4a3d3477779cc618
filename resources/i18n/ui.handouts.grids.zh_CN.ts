<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/handouts/grids.py" line="74"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="74"/>
        <source>Milestone</source>
        <translation>节点内容</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="74"/>
        <source>Responsible</source>
        <translation>责任单位/人</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="83"/>
        <source>Dates like 2026-12-01 or 12月1日</source>
        <translation>日期写成 2026-12-01 或 12月1日</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="86"/>
        <location filename="../../ui/handouts/grids.py" line="149"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="87"/>
        <location filename="../../ui/handouts/grids.py" line="150"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="88"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="89"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="138"/>
        <source>Table title</source>
        <translation>表格标题</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="142"/>
        <source>Double-click a column heading to rename it</source>
        <translation>双击列标题可改名</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="147"/>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="148"/>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="172"/>
        <source>Rename column</source>
        <translation>修改列名</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="172"/>
        <source>Column name:</source>
        <translation>列名：</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="179"/>
        <source>Column %1</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="209"/>
        <source>Add table</source>
        <translation>添加附表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="210"/>
        <source>Remove table</source>
        <translation>删除附表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="240"/>
        <location filename="../../ui/handouts/grids.py" line="246"/>
        <source>Table %1</source>
        <translation>附表%1</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="250"/>
        <source>Registration form</source>
        <translation>情况登记表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="250"/>
        <source>Registration form %1</source>
        <translation>情况登记表%1</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="251"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="251"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="251"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/grids.py" line="251"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
</TS>
