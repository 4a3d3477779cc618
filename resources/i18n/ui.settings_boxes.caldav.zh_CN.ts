<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="43" />
        <source>Calendar sync (CalDAV)</source>
        <translation>日历同步（CalDAV）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="48" />
        <source>Meetings are pushed to a CalDAV server (leaders' phones subscribe there) and edits made on the server are taken back. Passwords are kept where the database server's password is (see above), never in the settings file or the database.</source>
        <translation>会议推送到 CalDAV 日历服务器（领导手机可订阅），服务器上的修改也会取回。密码与数据库服务器密码保存在同一处（见上），不写入设置文件或数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="55" />
        <location filename="../../ui/settings_boxes/caldav.py" line="128" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="56" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="57" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="58" />
        <source>For</source>
        <translation>对应</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="58" />
        <source>the office</source>
        <translation>本办</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="59" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="60" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="61" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="66" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="67" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="68" />
        <location filename="../../ui/settings_boxes/caldav.py" line="151" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="69" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="108" />
        <source>Calendar sync target</source>
        <translation>日历同步目标</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="116" />
        <source>leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="118" />
        <source>the calendar's address; empty: the server address</source>
        <translation>日历的地址；留空则使用服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="120" />
        <source>The office (all meetings)</source>
        <translation>本办（全部会议）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="129" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="130" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="131" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="132" />
        <source>Calendar address</source>
        <translation>日历地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="133" />
        <source>Calendar of</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="135" />
        <source>Please enter a name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="143" />
        <source>Sync target %1 saved.</source>
        <translation>已保存同步目标“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="151" />
        <source>Delete the sync target %1? Its saved password is removed too.</source>
        <translation>删除同步目标“%1”？保存的密码也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="156" />
        <source>Sync target %1 deleted.</source>
        <translation>已删除同步目标“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="169" />
        <location filename="../../ui/settings_boxes/caldav.py" line="188" />
        <source>Syncing %1…</source>
        <translation>正在与“%1”同步…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="174" />
        <source>Synced %1: %2</source>
        <translation>已与“%1”同步：%2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="185" />
        <source>Sync with %1 failed.</source>
        <translation>与“%1”同步失败。</translation>
    </message>
</context>
</TS>