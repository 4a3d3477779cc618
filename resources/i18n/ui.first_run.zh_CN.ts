<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/first_run.py" line="42"/>
        <source>Welcome to Huiwu</source>
        <translation>欢迎使用会务</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="42"/>
        <source>You and your office</source>
        <translation>本机使用者和单位</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Before you start, please say who you are and which office you work for. Your name is written to every change record made on this PC; the office&apos;s name, signature line and contact are printed on notices, one-page handouts, reports and the weekly schedule. You can change them later in Settings.</source>
        <translation>开始使用前，请告诉我们您是谁、在哪个单位工作。您的姓名会写入本机的每一条修改记录；单位名称、落款和联系人会印在会议通知、明白纸、通报和周安排上。以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>e.g. 张三 (written to the change history)</source>
        <translation>如：张三（写入修改记录）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60"/>
        <source>e.g. 清河县人民政府办公室</source>
        <translation>如：清河县人民政府办公室</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Signature line</source>
        <translation>落款</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Leave empty when it is the office name, e.g. 中共清河县委办公室</source>
        <translation>与单位名称相同时可不填，如：中共清河县委办公室</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="62"/>
        <source>Default contact and phone</source>
        <translation>默认联系人及电话</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="62"/>
        <source>e.g. 张三 0316-1234567</source>
        <translation>如：张三 0316-1234567</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>Your name is kept on this PC only; every clerk of the office enters their own.</source>
        <translation>姓名只保存在本机；单位里每位工作人员在自己的电脑上填写自己的姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="87"/>
        <source>Until your name is saved, Huiwu shows everything but saves no change: every change record names the person who made it.</source>
        <translation>保存您的姓名之前，会务可以查看全部内容，但不保存任何更改：每条修改记录都要写明是谁改的。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="146"/>
        <source>The settings were not saved: </source>
        <translation>设置没有保存：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>Saved: %1 of %2</source>
        <translation>已保存：%1（%2）</translation>
    </message>
</context>
</TS>
