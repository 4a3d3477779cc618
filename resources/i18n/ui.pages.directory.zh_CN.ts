<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/directory.py" line="45" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="45" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="64" />
        <location filename="../../ui/pages/directory.py" line="340" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="65" />
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="66" />
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="67" />
        <source>Venues</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="84" />
        <source>Loading the directory</source>
        <translation>正在读取通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="104" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="115" />
        <location filename="../../ui/pages/directory.py" line="250" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="116" />
        <location filename="../../ui/pages/directory.py" line="251" />
        <location filename="../../ui/pages/directory.py" line="337" />
        <location filename="../../ui/pages/directory.py" line="382" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="117" />
        <location filename="../../ui/pages/directory.py" line="252" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="118" />
        <location filename="../../ui/pages/directory.py" line="253" />
        <location filename="../../ui/pages/directory.py" line="336" />
        <location filename="../../ui/pages/directory.py" line="385" />
        <source>Order</source>
        <translation>排序号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="119" />
        <location filename="../../ui/pages/directory.py" line="254" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="120" />
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="121" />
        <location filename="../../ui/pages/directory.py" line="241" />
        <location filename="../../ui/pages/directory.py" line="341" />
        <location filename="../../ui/pages/directory.py" line="380" />
        <location filename="../../ui/pages/directory.py" line="569" />
        <location filename="../../ui/pages/directory.py" line="609" />
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="122" />
        <location filename="../../ui/pages/directory.py" line="255" />
        <source>Supervising leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="123" />
        <source>Pinyin</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="126" />
        <source>Search: name, pinyin initials (zs) or full pinyin</source>
        <translation>搜索：姓名、拼音首字母（如 zs）或全拼</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="131" />
        <source>Show inactive</source>
        <translation>显示停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="134" />
        <location filename="../../ui/pages/directory.py" line="219" />
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="135" />
        <location filename="../../ui/pages/directory.py" line="346" />
        <location filename="../../ui/pages/directory.py" line="411" />
        <location filename="../../ui/pages/directory.py" line="575" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="136" />
        <location filename="../../ui/pages/directory.py" line="347" />
        <location filename="../../ui/pages/directory.py" line="412" />
        <location filename="../../ui/pages/directory.py" line="576" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="137" />
        <source>Import .xlsx…</source>
        <translation>导入 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="138" />
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="154" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="176" />
        <source>%1 of %2 people shown</source>
        <translation>显示 %1 人，共 %2 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="193" />
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="193" />
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>确定删除 %1（%2）吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="194" />
        <location filename="../../ui/pages/directory.py" line="360" />
        <location filename="../../ui/pages/directory.py" line="462" />
        <location filename="../../ui/pages/directory.py" line="589" />
        <source>Deleted: </source>
        <translation>已删除：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="197" />
        <source>Import roster</source>
        <translation>导入通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="197" />
        <location filename="../../ui/pages/directory.py" line="209" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="206" />
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="209" />
        <source>Export roster</source>
        <translation>导出通讯录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="213" />
        <source>Exported %1 people to %2</source>
        <translation>已导出 %1 人到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="214" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="219" />
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="239" />
        <source>Leader (can chair meetings, approves leave)</source>
        <translation>领导（可主持会议、审批请假）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="244" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="264" />
        <source>Please enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="266" />
        <source>Please choose a unit from the list.</source>
        <translation>请从列表中选择所在单位。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="282" />
        <location filename="../../ui/pages/directory.py" line="394" />
        <location filename="../../ui/pages/directory.py" line="551" />
        <location filename="../../ui/pages/directory.py" line="627" />
        <source>Saved: </source>
        <translation>已保存：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="290" />
        <source>Import roster — preview</source>
        <translation>导入通讯录——预览</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="300" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="300" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="300" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="300" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="307" />
        <source>The file has errors, so nothing will be imported. Correct the rows listed and import again.</source>
        <translation>文件有错误，因此不会导入任何数据。请改正所列各行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="311" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="316" />
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="325" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="338" />
        <location filename="../../ui/pages/directory.py" line="383" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="339" />
        <location filename="../../ui/pages/directory.py" line="384" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="345" />
        <location filename="../../ui/pages/directory.py" line="365" />
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="359" />
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="359" />
        <source>Delete the unit %1?</source>
        <translation>确定删除单位“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="365" />
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="411" />
        <location filename="../../ui/pages/directory.py" line="469" />
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="461" />
        <source>Delete group</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="461" />
        <source>Delete the group %1? The people stay in the directory.</source>
        <translation>确定删除分组“%1”吗？组内人员仍保留在通讯录中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="469" />
        <source>Edit group</source>
        <translation>编辑分组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="477" />
        <source>Group name</source>
        <translation>分组名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="478" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="482" />
        <source>Search people to add (name or pinyin)</source>
        <translation>搜索要添加的人员（姓名或拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="487" />
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="487" />
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="554" />
        <source>Please enter the group name.</source>
        <translation>请填写分组名称。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="565" />
        <location filename="../../ui/pages/directory.py" line="612" />
        <source>Venue</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="566" />
        <location filename="../../ui/pages/directory.py" line="613" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="567" />
        <location filename="../../ui/pages/directory.py" line="614" />
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="568" />
        <source>Video conferencing</source>
        <translation>视频会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="570" />
        <location filename="../../ui/pages/directory.py" line="616" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="574" />
        <location filename="../../ui/pages/directory.py" line="594" />
        <source>New venue</source>
        <translation>新增会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="588" />
        <source>Delete venue</source>
        <translation>删除会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="588" />
        <source>Delete the venue %1?</source>
        <translation>确定删除会议室“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="594" />
        <source>Edit venue</source>
        <translation>编辑会议室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="605" />
        <source>Not set (9 seats)</source>
        <translation>未设定（按 9 席）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="607" />
        <source>Equipped for video conferencing</source>
        <translation>具备视频会议条件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/directory.py" line="615" />
        <source>Rostrum seats</source>
        <translation>主席台座位数</translation>
    </message>
</context>
</TS>