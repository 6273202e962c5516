<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Tradewind::MainWindow</name>
    <message>
        <source>Tradewind</source>
        <translation>Tradewind 信风</translation>
    </message>
    <message>
        <source>Tradewind sales management</source>
        <translation>Tradewind 信风销售管理系统</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
</TS>
