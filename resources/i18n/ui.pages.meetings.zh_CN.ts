<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="42"/>
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="43"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="44"/>
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="45"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="46"/>
        <source>Chair</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="47"/>
        <source>Attendees</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="48"/>
        <source>Checklist</source>
        <translation>会务清单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="53"/>
        <source>Search meeting titles</source>
        <translation>搜索会议名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="59"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="62"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="65"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="72"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="73"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="98"/>
        <source>All weeks</source>
        <translation>全部周次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="104"/>
        <source>This week </source>
        <translation>本周 </translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="106"/>
        <source>Next week </source>
        <translation>下周 </translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="108"/>
        <source>Last week </source>
        <translation>上周 </translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="118"/>
        <source>Loading meetings</source>
        <translation>正在加载会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="144"/>
        <source>%1 of %2 meetings shown</source>
        <translation>显示 %1 / %2 个会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="159"/>
        <source>Loading the directory</source>
        <translation>正在读取通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="183"/>
        <source>Finish or close the open meeting first.</source>
        <translation>请先保存或关闭正在编辑的会议。</translation>
    </message>
</context>
</TS>
