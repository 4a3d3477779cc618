<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/handouts/editor.py" line="61"/>
        <source>e.g. 森林防火工作明白纸</source>
        <translation>例如：森林防火工作明白纸</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="69"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="62"/>
        <source>Handout title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="74"/>
        <source>Linked meeting</source>
        <translation>关联会议</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="75"/>
        <source>One task per line</source>
        <translation>每行一项任务</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="76"/>
        <source>What to do</source>
        <translation>干什么事</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="77"/>
        <source>One standard per line</source>
        <translation>每行一条标准</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="78"/>
        <source>Standards</source>
        <translation>什么标准</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="79"/>
        <source>One line each</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="80"/>
        <source>Rewards and penalties</source>
        <translation>奖惩机制</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="83"/>
        <source>Name and phone</source>
        <translation>姓名及电话</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="84"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="85"/>
        <source>Milestones</source>
        <translation>时限节点</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="88"/>
        <source>Attached tables</source>
        <translation>附表</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="126"/>
        <source>Standalone (no meeting)</source>
        <translation>独立（不关联会议）</translation>
    </message>
    <message>
        <location filename="../../ui/handouts/editor.py" line="181"/>
        <source>Milestone row %1: </source>
        <translation>时限节点第 %1 行：</translation>
    </message>
</context>
</TS>
