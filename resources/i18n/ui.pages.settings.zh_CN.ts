<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/settings.py" line="73" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91" />
        <source>Built-in database on this PC</source>
        <translation>本机内置数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93" />
        <source>Shared PostgreSQL server (several PCs of the office)</source>
        <translation>共享的 PostgreSQL 服务器（办公室多台电脑共用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="118" />
        <source>File: </source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="120" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128" />
        <source>Changing the database takes effect the next time Huiwu starts.</source>
        <translation>更换数据库在下次启动会务时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143" />
        <source>The server's password is not written to the settings file; it is kept in: %1</source>
        <translation>服务器密码不写入设置文件，保存在：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="150" />
        <source>In use now: opening the database…</source>
        <translation>正在使用：正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="152" />
        <source>In use now: the local file %1</source>
        <translation>正在使用：本机文件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155" />
        <source>In use now: the shared server %1</source>
        <translation>正在使用：共享服务器 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="158" />
        <source>Office</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="162" />
        <source>e.g. 清河县人民政府办公室</source>
        <translation>如：清河县人民政府办公室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="165" />
        <source>Leave empty when it is the office name, e.g. 中共清河县委办公室</source>
        <translation>与单位名称相同时可不填，如：中共清河县委办公室</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="169" />
        <source>Printed when a meeting or handout names no contact, e.g. 张三 0316-1234567</source>
        <translation>会议或明白纸没有填写联系人时印这一行，如：张三 0316-1234567</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="176" />
        <source>Your name, written to the change history</source>
        <translation>您的姓名，将记入修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181" />
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="182" />
        <source>Signature line</source>
        <translation>落款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="183" />
        <source>Default contact and phone</source>
        <translation>默认联系人及电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="184" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185" />
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186" />
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="190" />
        <source>Working rules</source>
        <translation>工作规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="195" />
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="198" />
        <source>Alternate left and right (No. 2 on No. 1's left)</source>
        <translation>左右交替（2 号在 1 号左手边）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="199" />
        <source>Always centre on No. 1</source>
        <translation>始终以 1 号居中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="218" />
        <source>Counts as early when signed in before the start by</source>
        <translation>提前签到多少分钟算“早到”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="219" />
        <source>Seating rule of the rostrum</source>
        <translation>主席台座次规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="220" />
        <source>Propose merging meetings whose participants overlap at least</source>
        <translation>参会人员重合达到多少时建议整合会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="221" />
        <source>Automatic backups kept</source>
        <translation>自动备份保留份数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="222" />
        <source>Meeting requests for next week are due by (the week before)</source>
        <translation>下周会议申报截止于（本周）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="226" />
        <source>Subscription calendars</source>
        <translation>订阅日历</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="230" />
        <source>Read-only .ics calendars of the office, of each leader and of each venue, written to a folder or share whenever meetings change, so that Outlook, Thunderbird and phones can subscribe without a CalDAV server. Confidential meetings show only their time. The folder's index.html says how to subscribe.</source>
        <translation>本单位、每位领导、每个会议室各一份只读 .ics 日历，会议有变化时自动写入所选文件夹或共享，Outlook、Thunderbird 和手机无需 CalDAV 服务器即可订阅。内部和涉密会议只显示时间。文件夹中的 index.html 说明如何订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="238" />
        <source>e.g. a shared folder on the office's file server; empty: not published</source>
        <translation>如单位文件服务器上的共享文件夹；留空则不发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="239" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242" />
        <source>Publish now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="249" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="258" />
        <source>Folder of the subscription calendars</source>
        <translation>订阅日历所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="268" />
        <source>Please choose the folder first.</source>
        <translation>请先选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="271" />
        <source>Publishing the subscription calendars…</source>
        <translation>正在发布订阅日历…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="275" />
        <source>Subscribe to: %1</source>
        <translation>订阅说明：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="328" />
        <source>Please enter the server address first.</source>
        <translation>请先填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="330" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="363" />
        <source>Unknown time zone: </source>
        <translation>无法识别的时区：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="366" />
        <source>Please test the connection to the new database before saving.</source>
        <translation>保存前请先测试新数据库的连接。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="377" />
        <source>The settings were not saved: </source>
        <translation>设置没有保存：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="381" />
        <source>Settings saved to </source>
        <translation>设置已保存到 </translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="383" />
        <source>. Restart Huiwu for the new database or language to take effect.</source>
        <translation>。新的数据库或界面语言在重新启动会务后生效。</translation>
    </message>
</context>
</TS>