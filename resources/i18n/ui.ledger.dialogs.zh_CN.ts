<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="25" />
        <source>Edit plan line</source>
        <translation>修改会议计划</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="25" />
        <source>Add plan line</source>
        <translation>新增会议计划</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="31" />
        <source>All meetings</source>
        <translation>全部会议</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="36" />
        <source>Any host unit</source>
        <translation>不分主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="40" />
        <source> meetings</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="44" />
        <source>e.g. the county government's working rules, article 12</source>
        <translation>如：县政府工作规则第十二条</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="46" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="47" />
        <source>Meeting kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="48" />
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="49" />
        <source>At most per year</source>
        <translation>全年不超过</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="50" />
        <source>Video meetings at least</source>
        <translation>视频会议不少于</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="51" />
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="66" />
        <source>Not set</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/ledger/dialogs.py" line="73" />
        <source>Set a yearly maximum or a least share of video meetings (at least one).</source>
        <translation>请填写全年会议次数上限或视频会议最低占比（至少一项）。</translation>
    </message>
</context>
</TS>