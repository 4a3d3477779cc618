"""The office's rules, each written once, as plain functions over plain values.

Services load rows and call these; printers, exports and the GUI format what the services return. A reader
who wants to change who is 迟到, who is 缺席, who is on leave or what order people appear in opens one file
here:

* :mod:`huiwu.rules.attendance` — 应到, 迟到 and its minutes, 早到, 早退, 代会, 缺席 at close, 出席率, the labels;
* :mod:`huiwu.rules.leave` — whether approved leave covers a meeting (销假 respected), and what a 代会 needs;
* :mod:`huiwu.rules.order` — the 排序号 order of units and people;
* :mod:`huiwu.rules.schedule` — the 日程: 议题 in the working sessions, lunch kept free, over the meeting's days.
* :mod:`huiwu.rules.secrecy` — which meetings are 国家秘密 (秘密/机密/绝密), their mark "秘密★1年", 保密期限.
"""
