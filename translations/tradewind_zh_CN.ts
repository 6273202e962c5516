<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>无法连接服务器。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>The address answers, but it is not a Tradewind server.</source>
        <translation>该地址有响应，但不是 Tradewind 服务器。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins: this account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>登录失败次数过多：该账户已被锁定，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>This record does not exist or you may not see it.</source>
        <translation>该记录不存在，或您无权查看。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it.</source>
        <translation>您打开此记录后，其他人已修改了它。</translation>
    </message>
    <message>
        <source>A business partner with nearly the same name already exists.</source>
        <translation>已存在名称几乎相同的往来单位。</translation>
    </message>
    <message>
        <source>The server refused a value: %1</source>
        <translation>服务器不接受提交的值：%1</translation>
    </message>
    <message>
        <source>The server could not complete the request (%1).</source>
        <translation>服务器无法完成该请求（%1）。</translation>
    </message>
    <message>
        <source>Another salesperson</source>
        <translation>另一位销售人员</translation>
    </message>
    <message>
        <source>%1 has held an open opportunity for this customer and project since %2, so it cannot be created a second time. Talk to %1 or to your manager.</source>
        <translation>%1 自 %2 起已持有该客户、该项目的进行中商机，不能重复创建。请与 %1 或您的经理联系。</translation>
    </message>
    <message>
        <source>%1 already holds an open opportunity for this customer and project, so it cannot be created a second time. Talk to %1 or to your manager.</source>
        <translation>%1 已持有该客户、该项目的进行中商机，不能重复创建。请与 %1 或您的经理联系。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>备品</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已确认需求</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Tender/bid</source>
        <translation>招投标</translation>
    </message>
    <message>
        <source>Self-developed</source>
        <translation>自主开发</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Contract administrator</source>
        <translation>合同管理员</translation>
    </message>
    <message>
        <source>Service dispatcher</source>
        <translation>服务调度员</translation>
    </message>
    <message>
        <source>Service engineer</source>
        <translation>服务工程师</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>No bond</source>
        <translation>无保证金</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴纳</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>已没收</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>tender result</comment>
        <translation>中标</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>tender result</comment>
        <translation>未中标</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>an opportunity</source>
        <translation>一个商机</translation>
    </message>
    <message>
        <source>%1 reassigned %2 to you</source>
        <translation>%1 已将“%2”再分配给您</translation>
    </message>
    <message>
        <source>%1 reassigned %2 to you: %3</source>
        <translation>%1 已将“%2”再分配给您：%3</translation>
    </message>
    <message>
        <source>%1 reassigned %2 to %3</source>
        <translation>%1 已将“%2”再分配给 %3</translation>
    </message>
    <message>
        <source>%1 reassigned %2 to %3: %4</source>
        <translation>%1 已将“%2”再分配给 %3：%4</translation>
    </message>
    <message>
        <source>Tracking plan due for %1: %2</source>
        <translation>“%1”的跟踪计划已到期：%2</translation>
    </message>
    <message>
        <source>Tracking plan due for %1 on %2: %3</source>
        <translation>“%1”的跟踪计划已于 %2 到期：%3</translation>
    </message>
    <message>
        <source>New advice from %1 on %2: %3</source>
        <translation>%1 对“%2”提出了新的跟进建议：%3</translation>
    </message>
    <message>
        <source>%1 replied to your advice on %2: %3</source>
        <translation>%1 回复了您对“%2”的跟进建议：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 has had no follow-up for %n day(s)</source>
        <translation>
            <numerusform>“%1”已 %n 天没有跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) has had no follow-up for %n day(s)</source>
        <translation>
            <numerusform>“%1”（%2）已 %n 天没有跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification about %1</source>
        <translation>关于“%1”的通知</translation>
    </message>
    <message>
        <source>Opportunity reassigned to you</source>
        <translation>商机已再分配给您</translation>
    </message>
    <message>
        <source>Opportunity reassigned</source>
        <translation>商机已再分配</translation>
    </message>
    <message>
        <source>Tracking plan due</source>
        <translation>跟踪计划到期</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>新的跟进建议</translation>
    </message>
    <message>
        <source>Reply to your advice</source>
        <translation>跟进建议的回复</translation>
    </message>
    <message>
        <source>No recent follow-up</source>
        <translation>近期没有跟进</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>OpportunityChildKinds</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Contact on this opportunity</source>
        <translation>本商机的联系人</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role on this deal</source>
        <translation>在本项目中的角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Role on this deal:</source>
        <translation>项目角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The role may have at most 100 characters, e.g. &quot;Decision maker&quot;.</source>
        <translation>角色最多 100 个字符，例如“决策人”。</translation>
    </message>
    <message>
        <source>Open &amp;partner card</source>
        <translation>打开往来单位看板(&amp;P)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>New follow-up record</source>
        <translation>新建跟进记录</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>添加跟进记录(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up record(s)</source>
        <translation>
            <numerusform>%n 条跟进记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter the day of the follow-up; it cannot be in the future.</source>
        <translation>请输入跟进日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Describe what happened (at most 4,000 characters).</source>
        <translation>请描述跟进情况（最多 4,000 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <source>Tracking plans</source>
        <translation>跟踪计划</translation>
    </message>
    <message>
        <source>New tracking plan</source>
        <translation>新建跟踪计划</translation>
    </message>
    <message>
        <source>Tracking plan</source>
        <translation>跟踪计划</translation>
    </message>
    <message>
        <source>&amp;Add tracking plan…</source>
        <translation>添加跟踪计划(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking plan(s)</source>
        <translation>
            <numerusform>%n 项跟踪计划</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>tracking plan not done</comment>
        <translation>未完成</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>计划事项(&amp;A)：</translation>
    </message>
    <message>
        <source>Describe what is planned (at most 1,000 characters).</source>
        <translation>请描述计划事项（最多 1,000 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Planned for:</source>
        <translation>计划日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>D&amp;one:</source>
        <translation>已完成(&amp;O)：</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>New competitor record</source>
        <translation>新建竞争对手记录</translation>
    </message>
    <message>
        <source>Competitor record</source>
        <translation>竞争对手记录</translation>
    </message>
    <message>
        <source>&amp;Add competitor…</source>
        <translation>添加竞争对手(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n competitor record(s)</source>
        <translation>
            <numerusform>%n 条竞争对手记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>价格水平</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>威胁程度</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>&amp;Competitor:</source>
        <translation>竞争对手(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the competitor from the suggestions that appear while you type. Only business partners classed as competitors can be chosen.</source>
        <translation>请在输入时出现的建议中选择竞争对手。只能选择分类为竞争对手的往来单位。</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Price &amp;level:</source>
        <translation>价格水平(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Threat:</source>
        <translation>威胁程度(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Strengths:</source>
        <translation>优势(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Weaknesses:</source>
        <translation>劣势(&amp;W)：</translation>
    </message>
    <message>
        <source>Open &amp;competitor card</source>
        <translation>打开竞争对手看板(&amp;C)</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>招投标</translation>
    </message>
    <message>
        <source>New tender/bid record</source>
        <translation>新建招投标记录</translation>
    </message>
    <message>
        <source>Tender/bid record</source>
        <translation>招投标记录</translation>
    </message>
    <message>
        <source>&amp;Add tender…</source>
        <translation>添加招投标(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n tender(s)</source>
        <translation>
            <numerusform>%n 条招投标记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>招标单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Bid bond</source>
        <translation>投标保证金</translation>
    </message>
    <message>
        <source>Bond status</source>
        <translation>保证金状态</translation>
    </message>
    <message>
        <source>Bid amount</source>
        <translation>投标金额</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Tender &amp;number:</source>
        <translation>招标编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter the tender number (at most 100 characters).</source>
        <translation>请输入招标编号（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>招标单位(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Bid &amp;bond:</source>
        <translation>投标保证金(&amp;B)：</translation>
    </message>
    <message>
        <source>Bond &amp;status:</source>
        <translation>保证金状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Bid &amp;amount:</source>
        <translation>投标金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Documents &amp;note:</source>
        <translation>文件说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Won records</source>
        <translation>成单记录</translation>
    </message>
    <message>
        <source>Record the win</source>
        <translation>登记成单</translation>
    </message>
    <message>
        <source>Won record</source>
        <translation>成单记录</translation>
    </message>
    <message>
        <source>&amp;Record win…</source>
        <translation>登记成单(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n won record(s)</source>
        <translation>
            <numerusform>%n 条成单记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>成单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>成单日期(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Salesperson changes</source>
        <translation>销售经理变更记录</translation>
    </message>
    <message numerus="yes">
        <source>%n salesperson change record(s)</source>
        <translation>
            <numerusform>%n 条销售经理变更记录</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>跟进建议</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>新建跟进建议</translation>
    </message>
    <message>
        <source>&amp;Add advice…</source>
        <translation>添加跟进建议(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n advice item(s)</source>
        <translation>
            <numerusform>%n 条跟进建议</numerusform>
        </translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>↳ %1</source>
        <translation>↳ %1</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>建议(&amp;A)：</translation>
    </message>
    <message>
        <source>Write the advice (at most 4,000 characters).</source>
        <translation>请填写跟进建议（最多 4,000 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Reply to advice</source>
        <translation>回复跟进建议</translation>
    </message>
    <message>
        <source>You may not do this here: advice can only be given by the owner&apos;s supervisors, replies come from the owner or their supervisors, and only the author may change an advice.</source>
        <translation>您无权进行此操作：跟进建议只能由负责人的上级提出，回复只能由负责人或其上级填写，且只有作者本人可以修改建议。</translation>
    </message>
</context>
<context>
    <name>Tradewind::CardPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This record could not be loaded</source>
        <translation>无法加载此记录</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开“%1”</translation>
    </message>
</context>
<context>
    <name>Tradewind::ChildRecordDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In reply to %1: “%2”</source>
        <translation>回复 %1：“%2”</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Untick when there is no date</source>
        <translation>没有日期时请取消勾选</translation>
    </message>
    <message>
        <source>Untick for no reminder</source>
        <translation>不需要提醒时请取消勾选</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s contacts…</source>
        <translation>正在加载客户的联系人…</translation>
    </message>
    <message>
        <source>The customer&apos;s contacts could not be loaded</source>
        <translation>无法加载客户的联系人</translation>
    </message>
    <message>
        <source>Choose a contact…</source>
        <translation>请选择联系人…</translation>
    </message>
    <message>
        <source>The customer has no contacts yet: add them on the partner card</source>
        <translation>该客户还没有联系人：请在往来单位看板中添加</translation>
    </message>
    <message numerus="yes">
        <source>Fill in this field (at most %n character(s)).</source>
        <translation>
            <numerusform>请填写此项（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s) are allowed here.</source>
        <translation>
            <numerusform>此项最多允许 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>请从提供的选项中选择一项。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>请输入有效日期。</translation>
    </message>
    <message>
        <source>Enter a valid date, or untick the field.</source>
        <translation>请输入有效日期，或取消勾选此项。</translation>
    </message>
    <message>
        <source>Enter the amount as a whole number of %1, e.g. 1250000.</source>
        <translation>请以 %1 的整数输入金额，例如 1250000。</translation>
    </message>
    <message numerus="yes">
        <source>Enter the amount as a plain number, e.g. 1250000.50, with at most %n decimal place(s) for %1.</source>
        <translation>
            <numerusform>请输入纯数字金额，例如 1250000.50；%1 最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the business partner from the suggestions that appear while you type.</source>
        <translation>请在输入时出现的建议中选择往来单位。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s contacts. Contacts are kept on the customer&apos;s partner card.</source>
        <translation>请选择该客户的一位联系人。联系人在客户的往来单位看板中维护。</translation>
    </message>
</context>
<context>
    <name>Tradewind::ChildRecordsTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Tradewind::HistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>再分配</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>暂无变更记录。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>Tradewind::ListPage</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Tradewind::LoginDialog</name>
    <message>
        <source>Log in to Tradewind</source>
        <translation>登录 Tradewind 信风</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tradewind&lt;/b&gt;&lt;br&gt;Sales management for project business</source>
        <translation>&lt;b&gt;Tradewind 信风&lt;/b&gt;&lt;br&gt;项目型企业销售管理系统</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. http://127.0.0.1:8765</source>
        <translation>请输入服务器地址，例如 http://127.0.0.1:8765</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>Tradewind::MainWindow</name>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Tradewind — %1</source>
        <translation>Tradewind 信风 — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Business &amp;partners</source>
        <translation>往来单位(&amp;P)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>商机(&amp;O)</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>下一个标签页</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Tradewind.</source>
        <translation>新的界面语言将在下次启动 Tradewind 时生效。</translation>
    </message>
    <message>
        <source>&amp;About Tradewind</source>
        <translation>关于 Tradewind 信风(&amp;A)</translation>
    </message>
    <message>
        <source>About Tradewind</source>
        <translation>关于 Tradewind 信风</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tradewind %1&lt;/h3&gt;&lt;p&gt;Sales management for project-based companies.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tradewind 信风 %1&lt;/h3&gt;&lt;p&gt;面向项目型企业的销售管理系统。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tradewind</source>
        <translation>Tradewind 信风</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n 条新通知</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Your team&apos;s open opportunities; reassign them</source>
        <translation>团队的未结商机；可再分配</translation>
    </message>
</context>
<context>
    <name>Tradewind::NotificationBell</name>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>通知：%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>Tradewind::NotificationPanel</name>
    <message>
        <source>No notifications</source>
        <translation>没有通知</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
</context>
<context>
    <name>Tradewind::OpportunityCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation>商机 %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>商机来源</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>项目名称：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>商机来源：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>预计成交日期：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>销售经理：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改时间：</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>Record a follow-up of this opportunity</source>
        <translation>为此商机添加跟进记录</translation>
    </message>
    <message>
        <source>Part family</source>
        <translation>备件类别</translation>
    </message>
    <message>
        <source>Part family:</source>
        <translation>备件类别：</translation>
    </message>
    <message>
        <source>Last follow-up:</source>
        <translation>最近跟进：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None yet (opened %n day(s) ago)</source>
        <translation>
            <numerusform>尚无跟进（创建于 %n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
</context>
<context>
    <name>Tradewind::OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>输入名称以搜索客户…</translation>
    </message>
    <message>
        <source>Project name, e.g. Line 3 online inspection system</source>
        <translation>项目名称，例如：3 号线在线检测系统</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>预计成交日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Untick when the closing date is not known yet</source>
        <translation>成交日期尚不确定时，请取消勾选</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>商机来源(&amp;S)：</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>阶段(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Opportunity — %1</source>
        <translation>商机 — %1</translation>
    </message>
    <message>
        <source>Choose the kind of opportunity.</source>
        <translation>请选择商机类型。</translation>
    </message>
    <message>
        <source>Choose the customer from the suggestions that appear while you type. Only business partners classed as customers can be chosen.</source>
        <translation>请从输入时出现的建议列表中选择客户。只能选择分类为客户的往来单位。</translation>
    </message>
    <message>
        <source>Enter the project name (at most 200 characters).</source>
        <translation>请输入项目名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>Choose where the opportunity came from.</source>
        <translation>请选择商机来源。</translation>
    </message>
    <message>
        <source>Choose the stage.</source>
        <translation>请选择阶段。</translation>
    </message>
    <message>
        <source>Enter the estimated amount as a whole number of %1, e.g. 1250000.</source>
        <translation>请以整数输入预计金额（%1），例如 1250000。</translation>
    </message>
    <message numerus="yes">
        <source>Enter the estimated amount as a plain number, e.g. 1250000.50, with at most %n decimal place(s) for %1.</source>
        <translation>
            <numerusform>请以纯数字输入预计金额，例如 1250000.50；%1 最多保留 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a valid date, or untick the expected close.</source>
        <translation>请输入有效日期，或取消勾选“预计成交日期”。</translation>
    </message>
    <message>
        <source>The notes may have at most 4,000 characters.</source>
        <translation>备注最多 4000 个字符。</translation>
    </message>
    <message>
        <source>e.g. Camera modules, Conveyor rollers</source>
        <translation>例如：相机模块、输送辊</translation>
    </message>
    <message>
        <source>A spare-parts opportunity is held per customer and part family</source>
        <translation>备品商机按客户和备件类别锁定</translation>
    </message>
    <message>
        <source>&amp;Part family:</source>
        <translation>备件类别(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the part family (at most 100 characters).</source>
        <translation>请输入备件类别（最多 100 个字符）。</translation>
    </message>
</context>
<context>
    <name>Tradewind::OpportunityListPage</name>
    <message>
        <source>Search title or customer…</source>
        <translation>搜索项目名称或客户…</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>销售经理(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Record a follow-up of the selected opportunity</source>
        <translation>为所选商机添加跟进记录</translation>
    </message>
</context>
<context>
    <name>Tradewind::OrgTreeModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunit(y/ies) without a recent follow-up</source>
        <translation>
            <numerusform>%n 个未结商机近期没有跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Last follow-up on %1</source>
        <translation>最近跟进：%1</translation>
    </message>
    <message numerus="yes">
        <source>No follow-up yet (opened %n day(s) ago)</source>
        <translation>
            <numerusform>尚无跟进（创建于 %n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — stale</source>
        <translation>%1 — 停滞</translation>
    </message>
    <message>
        <source>Days since the last follow-up (or since the opportunity was opened, when there is none)</source>
        <translation>距最近一次跟进的天数（没有跟进时为距商机创建的天数）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Since follow-up</source>
        <translation>距上次跟进</translation>
    </message>
</context>
<context>
    <name>Tradewind::PartnerCard</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>往来单位 %1</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Credit terms:</source>
        <translation>信用天数：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后修改时间：</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>No contacts recorded for this partner yet.</source>
        <translation>该往来单位尚未登记联系人。</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New opportunity for this customer…</source>
        <translation>为该客户新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Credit terms</source>
        <translation>信用天数</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
</context>
<context>
    <name>Tradewind::PartnerDialog</name>
    <message>
        <source>New business partner</source>
        <translation>新建往来单位</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Full legal name, e.g. Shanghai Mingxing Packaging Co., Ltd.</source>
        <translation>完整的法定名称，例如：上海明星包装有限公司</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Two-letter ISO 3166 country code, such as CN, DE or US</source>
        <translation>两位字母的 ISO 3166 国家/地区代码，如 CN、DE 或 US</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>C&amp;redit terms:</source>
        <translation>信用天数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>行业(&amp;D)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
    <message>
        <source>Business partner — %1</source>
        <translation>往来单位 — %1</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name (at most 200 characters).</source>
        <translation>请输入往来单位名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>Choose at least one: customer, supplier or competitor.</source>
        <translation>请至少选择一项：客户、供应商或竞争对手。</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as CN, DE or US, or leave it empty.</source>
        <translation>请输入两位字母的国家/地区代码（如 CN、DE 或 US），或留空。</translation>
    </message>
    <message>
        <source>The city may have at most 100 characters.</source>
        <translation>城市最多 100 个字符。</translation>
    </message>
    <message>
        <source>The address may have at most 500 characters.</source>
        <translation>地址最多 500 个字符。</translation>
    </message>
    <message>
        <source>The industry may have at most 100 characters.</source>
        <translation>行业最多 100 个字符。</translation>
    </message>
    <message>
        <source>Credit terms must be between 0 and 365 days.</source>
        <translation>信用天数必须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>The notes may have at most 4,000 characters.</source>
        <translation>备注最多 4000 个字符。</translation>
    </message>
    <message>
        <source>Contact %1: enter a name (at most 100 characters).</source>
        <translation>第 %1 个联系人：请输入姓名（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>Contact %1: this is not an e-mail address.</source>
        <translation>第 %1 个联系人：电子邮件地址无效。</translation>
    </message>
    <message>
        <source>Contact %1: the title may have at most 100 characters.</source>
        <translation>第 %1 个联系人：职务最多 100 个字符。</translation>
    </message>
    <message>
        <source>Contact %1: the phone number may have at most 50 characters.</source>
        <translation>第 %1 个联系人：电话号码最多 50 个字符。</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists. Close this dialog and edit the partner again.</source>
        <translation>第 %1 个联系人已不存在。请关闭此对话框，然后重新编辑该往来单位。</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>第 %1 个联系人：%2</translation>
    </message>
    <message>
        <source>A partner can have at most 200 contacts.</source>
        <translation>每个往来单位最多可有 200 个联系人。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有单位</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A business partner with nearly the same name already exists:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>已存在名称几乎相同的往来单位：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Open the existing partner instead, or keep this name if it really is a different company.</source>
        <translation>您可以改为打开已有的往来单位；如果确实是另一家公司，也可以保留此名称。</translation>
    </message>
    <message>
        <source>“%1” already exists as a business partner.</source>
        <translation>往来单位“%1”已存在。</translation>
    </message>
</context>
<context>
    <name>Tradewind::PartnerListPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Search name, city or industry…</source>
        <translation>搜索名称、城市或行业…</translation>
    </message>
    <message numerus="yes">
        <source>%n business partner(s)</source>
        <translation>
            <numerusform>%n 个往来单位</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>新建往来单位(&amp;N)…</translation>
    </message>
    <message>
        <source>Business partners</source>
        <translation>往来单位</translation>
    </message>
</context>
<context>
    <name>Tradewind::PartnerLookupEdit</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Tradewind::RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>记录已更改</translation>
    </message>
    <message>
        <source>Someone else changed this record first.</source>
        <translation>其他人已抢先修改了此记录。</translation>
    </message>
    <message>
        <source>Reload shows their version in this form and discards your edits. Keep editing returns to your edits; they cannot be saved over the newer version.</source>
        <translation>“重新加载”会在此表单中显示对方的版本，并放弃您的修改。“继续编辑”会返回您的修改，但这些修改不能覆盖较新的版本保存。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Someone else changed this record first. Reload it to continue from their version.</source>
        <translation>其他人已抢先修改了此记录。请重新加载，在对方的版本上继续编辑。</translation>
    </message>
    <message>
        <source>Loading the latest version…</source>
        <translation>正在加载最新版本…</translation>
    </message>
    <message>
        <source>The form now shows the latest version; your edits were discarded.</source>
        <translation>表单现已显示最新版本，您的修改已放弃。</translation>
    </message>
    <message>
        <source>This value is not accepted: %1</source>
        <translation>此值无效：%1</translation>
    </message>
</context>
<context>
    <name>Tradewind::SupervisorView</name>
    <message>
        <source>Drag opportunities onto a person, or right-click them, to reassign them.</source>
        <translation>将商机拖到某人名下，或右键单击商机，即可再分配。</translation>
    </message>
    <message>
        <source>The team could not be loaded: %1</source>
        <translation>无法加载团队：%1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Reassign the opportunity to %1.</source>
        <translation>将该商机再分配给 %1。</translation>
    </message>
    <message>
        <source>Reassign “%1” to %2.</source>
        <translation>将“%1”再分配给 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n opportunities to %1.</source>
        <translation>
            <numerusform>将 %n 个商机再分配给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign opportunities</source>
        <translation>再分配商机</translation>
    </message>
    <message>
        <source>Reason (the old and new owner will see it):</source>
        <translation>原因（原销售经理和新销售经理都会看到）：</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>再分配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reassigning to %1…</source>
        <translation>正在再分配给 %1…</translation>
    </message>
    <message>
        <source>The opportunities were not reassigned: %1</source>
        <translation>商机未能再分配：%1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>再分配给(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
</TS>
