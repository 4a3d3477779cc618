<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="58" />
        <source>Calendar sync (CalDAV)</source>
        <translation>日历同步（CalDAV）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="63" />
        <source>Meetings are pushed to a CalDAV server (leaders' phones subscribe there) and edits made on the server are taken back. Passwords are kept where the database server's password is (see above), never in the settings file or the database.</source>
        <translation>会议推送到 CalDAV 日历服务器（领导手机可订阅），服务器上的修改也会取回。密码与数据库服务器密码保存在同一处（见上），不写入设置文件或数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="70" />
        <location filename="../../ui/settings_boxes/caldav.py" line="144" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="71" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="72" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="73" />
        <source>For</source>
        <translation>对应</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="73" />
        <source>the office</source>
        <translation>本办</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="74" />
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="75" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="76" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="81" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="82" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="83" />
        <location filename="../../ui/settings_boxes/caldav.py" line="167" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="84" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="124" />
        <source>Calendar sync target</source>
        <translation>日历同步目标</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="132" />
        <source>leave empty to keep the saved password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="134" />
        <source>the calendar's address; empty: the server address</source>
        <translation>日历的地址；留空则使用服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="136" />
        <source>The office (all meetings)</source>
        <translation>本办（全部会议）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="145" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="146" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="147" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="148" />
        <source>Calendar address</source>
        <translation>日历地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="149" />
        <source>Calendar of</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="151" />
        <source>Please enter a name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="159" />
        <source>Sync target %1 saved.</source>
        <translation>已保存同步目标“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="167" />
        <source>Delete the sync target %1? Its saved password is removed too.</source>
        <translation>删除同步目标“%1”？保存的密码也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="172" />
        <source>Sync target %1 deleted.</source>
        <translation>已删除同步目标“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="185" />
        <location filename="../../ui/settings_boxes/caldav.py" line="203" />
        <source>Syncing %1…</source>
        <translation>正在与“%1”同步…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="237" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="238" />
        <source>Meeting time</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="239" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="240" />
        <source>Change on the server</source>
        <translation>服务器上的更改</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="240" />
        <source>deleted on the server</source>
        <translation>在服务器上被删除</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="241" />
        <source>cancelled on the server</source>
        <translation>在服务器上被取消</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="250" />
        <source>Accept (cancel the meeting)</source>
        <translation>接受（取消会议）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="252" />
        <source>Reject (write it back)</source>
        <translation>拒绝（重新写入）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="257" />
        <source>A meeting cancelled or deleted in the office stays on the calendars as cancelled for</source>
        <translation>本办取消或删除的会议在各日历上标为“已取消”保留</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="262" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="266" />
        <source>then it is removed from them.</source>
        <translation>，之后从日历上移除。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="280" />
        <source>Synced %1: %2</source>
        <translation>已与“%1”同步：%2</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="283" />
        <source>Nothing changed on either side.</source>
        <translation>两边都没有变化。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="294" />
        <source>Changes made on the calendar servers, waiting for you: %1</source>
        <translation>日历服务器上的更改，等待您确认：%1 项</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="301" />
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="301" />
        <source>Meeting %1: %2. Cancel the meeting in the office too? The next sync marks it cancelled on every calendar.</source>
        <translation>会议《%1》%2。是否在本办也取消该会议？下次同步时各日历上都会标为已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="307" />
        <source>Meeting %1 cancelled; the next sync marks it cancelled on every calendar.</source>
        <translation>会议《%1》已取消，下次同步时各日历上都会标为已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="319" />
        <source>Meeting %1 stays; the next sync writes it back to %2.</source>
        <translation>会议《%1》保留，下次同步时重新写入“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_boxes/caldav.py" line="200" />
        <source>Sync with %1 failed.</source>
        <translation>与“%1”同步失败。</translation>
    </message>
</context>
</TS>