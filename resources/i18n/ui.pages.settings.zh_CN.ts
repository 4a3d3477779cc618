<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/pages/settings.py" line="61" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79" />
        <source>Built-in database on this PC</source>
        <translation>本机内置数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="81" />
        <source>Shared PostgreSQL server (several PCs of the office)</source>
        <translation>共享的 PostgreSQL 服务器（办公室多台电脑共用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="89" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="106" />
        <source>File: </source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="108" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="114" />
        <source>Changing the database takes effect the next time Huiwu starts.</source>
        <translation>更换数据库在下次启动会务时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125" />
        <source>The server's password is not written to the settings file; it is kept in: %1</source>
        <translation>服务器密码不写入设置文件，保存在：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="132" />
        <source>In use now: opening the database…</source>
        <translation>正在使用：正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134" />
        <source>In use now: the local file %1</source>
        <translation>正在使用：本机文件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137" />
        <source>In use now: the shared server %1</source>
        <translation>正在使用：共享服务器 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140" />
        <source>Office</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="150" />
        <source>Your name, written to the change history</source>
        <translation>您的姓名，将记入修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155" />
        <source>Office name</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="157" />
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="158" />
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="162" />
        <source>Working rules</source>
        <translation>工作规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="167" />
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="170" />
        <source>Alternate left and right (No. 2 on No. 1's left)</source>
        <translation>左右交替（2 号在 1 号左手边）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="171" />
        <source>Always centre on No. 1</source>
        <translation>始终以 1 号居中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="178" />
        <source>Counts as early when signed in before the start by</source>
        <translation>提前签到多少分钟算“早到”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179" />
        <source>Seating rule of the rostrum</source>
        <translation>主席台座次规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="180" />
        <source>Propose merging meetings whose participants overlap at least</source>
        <translation>参会人员重合达到多少时建议整合会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="181" />
        <source>Automatic backups kept</source>
        <translation>自动备份保留份数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="217" />
        <source>Please enter the server address first.</source>
        <translation>请先填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="219" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="244" />
        <source>Unknown time zone: </source>
        <translation>无法识别的时区：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="247" />
        <source>Please test the connection to the new database before saving.</source>
        <translation>保存前请先测试新数据库的连接。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="258" />
        <source>The settings were not saved: </source>
        <translation>设置没有保存：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="262" />
        <source>Settings saved to </source>
        <translation>设置已保存到 </translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="264" />
        <source>. Restart Huiwu for the new database or language to take effect.</source>
        <translation>。新的数据库或界面语言在重新启动会务后生效。</translation>
    </message>
</context>
</TS>