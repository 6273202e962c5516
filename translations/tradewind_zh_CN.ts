<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContractActions</name>
    <message>
        <source>Create contract</source>
        <translation>创建合同</translation>
    </message>
    <message>
        <source>No contract was created.</source>
        <translation>未创建合同。</translation>
    </message>
    <message>
        <source>This quote already has a contract.</source>
        <translation>该报价单已有合同。</translation>
    </message>
    <message>
        <source>A won quote becomes one contract. Open the contract to work on it.</source>
        <translation>一张成单的报价单只生成一份合同。请打开该合同继续处理。</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>打开合同</translation>
    </message>
    <message>
        <source>Only a won quote, or a won opportunity with its won quote, becomes a contract.</source>
        <translation>只有已成单的报价单，或已成单商机及其成单报价单，才能生成合同。</translation>
    </message>
    <message>
        <source>Approve milestone</source>
        <translation>批准里程碑</translation>
    </message>
    <message>
        <source>Approve contract change</source>
        <translation>批准合同变更</translation>
    </message>
    <message>
        <source>Confirm that %1 was achieved on %2? A comment is optional.</source>
        <translation>是否确认 %1 已于 %2 达成？可填写意见（选填）。</translation>
    </message>
    <message>
        <source>Approve the change “%1”? A comment is optional.</source>
        <translation>是否批准变更“%1”？可填写意见（选填）。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject milestone</source>
        <translation>驳回里程碑</translation>
    </message>
    <message>
        <source>Reject contract change</source>
        <translation>驳回合同变更</translation>
    </message>
    <message>
        <source>Why is “%1” rejected? (required)</source>
        <translation>为什么驳回“%1”？（必填）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>The request was not approved.</source>
        <translation>申请未批准。</translation>
    </message>
    <message>
        <source>The request was not rejected.</source>
        <translation>申请未驳回。</translation>
    </message>
    <message>
        <source>Requests are decided by the owner&apos;s managers, contract administrators or executives, and never by the person who made them.</source>
        <translation>申请由销售经理的上级、合同管理员或高管审批，申请人本人不能审批。</translation>
    </message>
</context>
<context>
    <name>ContractChildKinds</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Milestone achieved</source>
        <translation>里程碑达成</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>&amp;Submit milestone achieved…</source>
        <translation>提交里程碑达成(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n 个里程碑</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>达成依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>里程碑(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>达成日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Enter the day the milestone was achieved; it cannot be in the future.</source>
        <translation>请输入里程碑达成日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>达成依据(&amp;E)：</translation>
    </message>
    <message>
        <source>Say what shows the milestone was achieved, e.g. the bill of lading number or the signed acceptance certificate (at most 2,000 characters).</source>
        <translation>请说明里程碑达成的依据，例如提单号或已签署的验收证书（最多 2,000 个字符）。</translation>
    </message>
    <message>
        <source>Only the contract&apos;s owner, their managers and contract administrators report milestones.</source>
        <translation>只有合同的销售经理、其上级和合同管理员可以提交里程碑。</translation>
    </message>
    <message>
        <source>Stocking</source>
        <translation>备货</translation>
    </message>
    <message>
        <source>New stocking line</source>
        <translation>新建备货明细</translation>
    </message>
    <message>
        <source>Stocking line</source>
        <translation>备货明细</translation>
    </message>
    <message>
        <source>&amp;Add stocking line…</source>
        <translation>添加备货明细(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n stocking line(s)</source>
        <translation>
            <numerusform>%n 条备货明细</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Ready date</source>
        <translation>备齐日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>物料(&amp;I)：</translation>
    </message>
    <message>
        <source>Name what is stocked (at most 200 characters).</source>
        <translation>请填写备货的物料名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Ready date:</source>
        <translation>备齐日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Only the contract&apos;s owner, their managers and contract administrators keep its stocking and shipments.</source>
        <translation>只有合同的销售经理、其上级和合同管理员可以维护备货和发货记录。</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建发货记录</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <source>&amp;Add shipment…</source>
        <translation>添加发货记录(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n 条发货记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Items and quantities</source>
        <translation>货物及数量</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>&amp;Items and quantities:</source>
        <translation>货物及数量(&amp;I)：</translation>
    </message>
    <message>
        <source>List what was shipped and how many (at most 2,000 characters).</source>
        <translation>请列出所发货物及数量（最多 2,000 个字符）。</translation>
    </message>
    <message>
        <source>&amp;Shipped on:</source>
        <translation>发货日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>承运商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目的地(&amp;D)：</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>开票</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n 条开票记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Plan nodes</source>
        <translation>结算节点</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 条回款记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>In contract currency</source>
        <translation>折合合同币种</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>合同变更</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s)</source>
        <translation>
            <numerusform>%n 条变更申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>变更后金额</translation>
    </message>
    <message>
        <source>Terms changed</source>
        <translation>变更条款</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未分配金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
</context>
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
    <message>
        <source>This quote can no longer be changed. Create a new revision to change it.</source>
        <translation>该报价单已不能修改。如需修改，请创建新版本。</translation>
    </message>
    <message>
        <source>A newer revision of this quote exists: open the current revision and act on that one.</source>
        <translation>该报价单已有更新的版本：请打开当前版本并在其上操作。</translation>
    </message>
    <message>
        <source>The quote&apos;s state no longer allows this: someone has acted on it meanwhile. Refresh (F5) to see where it stands.</source>
        <translation>报价单的当前状态已不允许此操作：在此期间已有其他人处理了它。请刷新（F5）查看最新状态。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins from this computer: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>本机登录失败次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins from this computer: wait %n minute(s) before trying again.</source>
        <translation>
            <numerusform>本机登录失败次数过多：请等待 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have reports or searches running. Wait until they have finished, then try again.</source>
        <translation>您已有报表或搜索正在运行。请等其完成后再试。</translation>
    </message>
    <message>
        <source>The server is very busy right now. Try again in a moment.</source>
        <translation>服务器当前非常繁忙，请稍后再试。</translation>
    </message>
    <message>
        <source>This took the server too long and was stopped. Narrow it down (a filter, a shorter period) or try again later.</source>
        <translation>服务器处理时间过长，已被中止。请缩小范围（增加筛选条件或缩短期间）或稍后再试。</translation>
    </message>
    <message>
        <source>The server is restarting. Try again in a moment.</source>
        <translation>服务器正在重启，请稍后再试。</translation>
    </message>
    <message>
        <source>The server cannot save anything at the moment, so nothing was saved. Tell your administrator.</source>
        <translation>服务器目前无法保存数据，本次未保存任何内容。请联系系统管理员。</translation>
    </message>
    <message>
        <source>The server cannot read its database. Tell your administrator.</source>
        <translation>服务器无法读取其数据库。请联系系统管理员。</translation>
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
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>quote status</comment>
        <translation>已成单</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>quote status</comment>
        <translation>已丢单</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>approval decision</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>approval decision</comment>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>approval decision</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>approval decision</comment>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>%1 Rev %2</source>
        <comment>quote number and revision</comment>
        <translation>%1 %2 版</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>contract status</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>contract status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>contract status</comment>
        <translation>已终止</translation>
    </message>
    <message>
        <source>System project</source>
        <translation>系统项目</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <comment>contract type</comment>
        <translation>备品</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>终验</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>质保期满</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <source>Payment on shipment</source>
        <translation>发货款</translation>
    </message>
    <message>
        <source>Final acceptance payment</source>
        <translation>终验款</translation>
    </message>
    <message>
        <source>Payment before shipment</source>
        <translation>发货前付款</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>request status</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>request status</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Letter of credit</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>stocking status</comment>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已备齐</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
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
    <message>
        <source>a quote</source>
        <translation>一张报价单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>quote and customer</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 asks you to approve %2</source>
        <translation>%1 请您审批“%2”</translation>
    </message>
    <message>
        <source>%1 approved %2</source>
        <translation>%1 已批准“%2”</translation>
    </message>
    <message>
        <source>%1 approved %2: %3</source>
        <translation>%1 已批准“%2”：%3</translation>
    </message>
    <message>
        <source>%1 rejected %2</source>
        <translation>%1 已驳回“%2”</translation>
    </message>
    <message>
        <source>%1 rejected %2: %3</source>
        <translation>%1 已驳回“%2”：%3</translation>
    </message>
    <message>
        <source>Quote waiting for your approval</source>
        <translation>待您审批的报价单</translation>
    </message>
    <message>
        <source>Quote approved</source>
        <translation>报价单已批准</translation>
    </message>
    <message>
        <source>Quote rejected</source>
        <translation>报价单已驳回</translation>
    </message>
    <message>
        <source>a contract</source>
        <translation>一份合同</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>contract and customer</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 reports %2 achieved on %3 for %4: please confirm</source>
        <translation>%1 报告“%4”的“%2”里程碑已于 %3 达成，请确认</translation>
    </message>
    <message>
        <source>%1 rejected the %2 milestone of %3</source>
        <translation>%1 已驳回“%3”的“%2”里程碑</translation>
    </message>
    <message>
        <source>%1 rejected the %2 milestone of %3: %4</source>
        <translation>%1 已驳回“%3”的“%2”里程碑：%4</translation>
    </message>
    <message>
        <source>%1 asks you to approve a change of %2: %3</source>
        <translation>%1 请您审批“%2”的合同变更：%3</translation>
    </message>
    <message>
        <source>%1 approved the change of %2</source>
        <translation>%1 已批准“%2”的合同变更</translation>
    </message>
    <message>
        <source>%1 rejected the change of %2</source>
        <translation>%1 已驳回“%2”的合同变更</translation>
    </message>
    <message>
        <source>%1 rejected the change of %2: %3</source>
        <translation>%1 已驳回“%2”的合同变更：%3</translation>
    </message>
    <message>
        <source>Milestone waiting for your confirmation</source>
        <translation>待您确认的里程碑</translation>
    </message>
    <message>
        <source>Milestone confirmed</source>
        <translation>里程碑已确认</translation>
    </message>
    <message>
        <source>Milestone rejected</source>
        <translation>里程碑已驳回</translation>
    </message>
    <message>
        <source>Contract change waiting for your approval</source>
        <translation>待您审批的合同变更</translation>
    </message>
    <message>
        <source>Contract change approved</source>
        <translation>合同变更已批准</translation>
    </message>
    <message>
        <source>Contract change rejected</source>
        <translation>合同变更已驳回</translation>
    </message>
    <message>
        <source>%1 confirmed %2 achieved on %3 for %4</source>
        <translation>%1 确认%4的%2已于 %3 达成</translation>
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
    <message>
        <source>Parts requested</source>
        <translation>需求备件</translation>
    </message>
    <message>
        <source>Add requested part</source>
        <translation>添加需求备件</translation>
    </message>
    <message>
        <source>Requested part</source>
        <translation>需求备件</translation>
    </message>
    <message>
        <source>&amp;Add part…</source>
        <translation>添加备件(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n part line(s)</source>
        <translation>
            <numerusform>%n 行备件</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Choose the part from the suggestions that appear while you type its code or name.</source>
        <translation>请在输入备件编码或名称时出现的建议中选择备件。</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>QuotePrinting</name>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Export Quotation as PDF</source>
        <translation>将报价单导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation>无法写入 PDF 文件：
%1</translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation>无法绘制该文档。</translation>
    </message>
</context>
<context>
    <name>Tradewind::AllocationDialog</name>
    <message>
        <source>Against the settlement plan:</source>
        <translation>对应结算计划：</translation>
    </message>
    <message>
        <source>Allocated to the settlement plan:</source>
        <translation>分配到结算计划：</translation>
    </message>
    <message>
        <source>Allocated %1.</source>
        <translation>已分配 %1。</translation>
    </message>
    <message>
        <source>Allocated %1 of %2: %3 too much.</source>
        <translation>已分配 %1（共 %2）：超出 %3。</translation>
    </message>
    <message>
        <source>Allocated %1 of %2: %3 still to allocate.</source>
        <translation>已分配 %1（共 %2）：还需分配 %3。</translation>
    </message>
    <message>
        <source>Allocated %1 of %2: %3 stays unallocated.</source>
        <translation>已分配 %1（共 %2）：%3 将保持未分配。</translation>
    </message>
    <message>
        <source>Allocated %1 in full.</source>
        <translation>已全额分配 %1。</translation>
    </message>
    <message>
        <source>%1 gets more than is left on it.</source>
        <translation>“%1”的分配金额超过其剩余金额。</translation>
    </message>
    <message>
        <source>%1: this payment cannot be set against the chosen invoice; it has less left to settle.</source>
        <translation>%1：所选发票的未结金额不足，不能用此笔回款核销。</translation>
    </message>
    <message>
        <source>%1: at most %2 is left to invoice on this node.</source>
        <translation>%1：此节点最多还可开票 %2。</translation>
    </message>
    <message>
        <source>%1: at most %2 is left to receive on this node.</source>
        <translation>%1：此节点最多还可回款 %2。</translation>
    </message>
    <message>
        <source>Say which settlement nodes the invoice is for: enter its parts in the table.</source>
        <translation>请说明此发票对应哪些结算节点：在表格中填写各部分金额。</translation>
    </message>
    <message>
        <source>Say which settlement nodes the payment settles: enter its parts in the table.</source>
        <translation>请说明此笔回款核销哪些结算节点：在表格中填写各部分金额。</translation>
    </message>
    <message>
        <source>The parts add up to %1, but the invoice is for %2: they must add up to the invoice amount.</source>
        <translation>各部分合计 %1，但发票金额为 %2：各部分合计必须等于发票金额。</translation>
    </message>
    <message>
        <source>The parts add up to %1, more than the payment (%2 in the contract&apos;s currency).</source>
        <translation>各部分合计 %1，超过了回款金额（折合合同币种 %2）。</translation>
    </message>
</context>
<context>
    <name>Tradewind::AllocationModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>More than is left to invoice on this node (%1)</source>
        <translation>超过此节点的剩余可开票金额（%1）</translation>
    </message>
    <message>
        <source>More than is left to receive on this node (%1)</source>
        <translation>超过此节点的剩余可回款金额（%1）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>结算节点</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划金额</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Left to invoice</source>
        <translation>未开票</translation>
    </message>
    <message>
        <source>Left to receive</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Against invoice</source>
        <translation>对应发票</translation>
    </message>
    <message>
        <source>This invoice (%1)</source>
        <translation>本次开票（%1）</translation>
    </message>
    <message>
        <source>This payment (%1)</source>
        <translation>本次回款（%1）</translation>
    </message>
</context>
<context>
    <name>Tradewind::ApprovalsPage</name>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Contract change</source>
        <translation>合同变更</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>%1 achieved on %2</source>
        <translation>%1已于 %2 达成</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Search number, customer or subject…</source>
        <translation>搜索编号、客户或主题…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for you</source>
        <translation>
            <numerusform>%n 项待您审批</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Contract changes</source>
        <translation>合同变更</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
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
    <name>Tradewind::ChangeRequestDialog</name>
    <message>
        <source>Request contract change — %1</source>
        <translation>申请合同变更 — %1</translation>
    </message>
    <message>
        <source>Tick what changes and edit it; what is not ticked stays as it is. The change takes effect when it is approved.</source>
        <translation>请勾选要变更的项目并进行修改；未勾选的项目保持不变。变更经审批通过后生效。</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Delivery terms:</source>
        <translation>交货条款(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;cceptance terms:</source>
        <translation>验收条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>付款条款(&amp;P)：</translation>
    </message>
    <message>
        <source>Why the contract changes, e.g. the customer ordered a second inspection line</source>
        <translation>合同变更的原因，例如：客户追加订购了第二条检测线</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Say why the contract changes (at most 2,000 characters).</source>
        <translation>请说明合同变更的原因（最多 2,000 个字符）。</translation>
    </message>
    <message>
        <source>Tick at least one thing that changes: the amount or some terms.</source>
        <translation>请至少勾选一项变更内容：金额或某项条款。</translation>
    </message>
    <message>
        <source>The new amount cannot be less than what is already invoiced or received.</source>
        <translation>变更后金额不能低于已开票或已回款的金额。</translation>
    </message>
    <message>
        <source>Enter the new contract amount in %1, tax included.</source>
        <translation>请输入以 %1 计的新合同金额（含税）。</translation>
    </message>
    <message>
        <source>The terms may have at most 2,000 characters.</source>
        <translation>条款最多 2,000 个字符。</translation>
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
    <message>
        <source>Enter a whole number of at least 1.</source>
        <translation>请输入不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Choose the product from the suggestions that appear while you type its code or name.</source>
        <translation>请在输入产品编码或名称时出现的建议中选择产品。</translation>
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
    <name>Tradewind::ContactCombo</name>
    <message>
        <source>Choose a contact…</source>
        <translation>请选择联系人…</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The customer has no contacts yet: add them on the partner card</source>
        <translation>该客户还没有联系人：请在往来单位看板中添加</translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractCard</name>
    <message>
        <source>%1 · %2</source>
        <comment>share and amount</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>合同创建</translation>
    </message>
    <message>
        <source>Settlement plan adjusted</source>
        <translation>结算计划调整</translation>
    </message>
    <message>
        <source>Change approved</source>
        <translation>变更审批通过</translation>
    </message>
    <message>
        <source>Terms &amp;&amp; items</source>
        <translation>条款与明细</translation>
    </message>
    <message>
        <source>Settlement plan</source>
        <translation>结算计划</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>服务派单</translation>
    </message>
    <message>
        <source>Service orders for this contract will be listed here once the service module is available.</source>
        <translation>服务模块上线后，本合同的服务派单将在此列出。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>生效(&amp;A)</translation>
    </message>
    <message>
        <source>The contract is signed: put it in force</source>
        <translation>合同已签订：使其生效</translation>
    </message>
    <message>
        <source>Activate contract</source>
        <translation>合同生效</translation>
    </message>
    <message>
        <source>Put %1 in force?</source>
        <translation>是否使合同 %1 生效？</translation>
    </message>
    <message>
        <source>From then on its amount, items and terms change only through an approved contract change.</source>
        <translation>生效后，其金额、明细和条款只能通过审批通过的合同变更进行修改。</translation>
    </message>
    <message>
        <source>Request &amp;change…</source>
        <translation>申请变更(&amp;C)…</translation>
    </message>
    <message>
        <source>A new amount or new terms, to be approved</source>
        <translation>变更金额或条款，需经审批</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>完成(&amp;M)</translation>
    </message>
    <message>
        <source>Everything is delivered and settled: close the contract</source>
        <translation>已全部交付并结清：关闭合同</translation>
    </message>
    <message>
        <source>Complete contract</source>
        <translation>完成合同</translation>
    </message>
    <message>
        <source>Mark %1 completed?</source>
        <translation>是否将合同 %1 标记为已完成？</translation>
    </message>
    <message>
        <source>%1 is still outstanding on it.</source>
        <translation>该合同仍有应收余额 %1。</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>终止(&amp;T)…</translation>
    </message>
    <message>
        <source>Terminate contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>Why is %1 terminated? (required)</source>
        <translation>为什么终止合同 %1？（必填）</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Record &amp;invoice…</source>
        <translation>登记开票(&amp;I)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View version</source>
        <translation>查看版本(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第 %2 版</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Fully received</source>
        <translation>已全部回款</translation>
    </message>
    <message>
        <source>date open</source>
        <translation>日期未定</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>node, date and amount</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>node and date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing more to collect</source>
        <translation>已无待回款项</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount (tax included)</source>
        <translation>金额（含税）</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下期应收</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>The contract was not activated.</source>
        <translation>合同未生效。</translation>
    </message>
    <message>
        <source>The contract was not completed.</source>
        <translation>合同未标记为已完成。</translation>
    </message>
    <message>
        <source>The contract was not terminated.</source>
        <translation>合同未终止。</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Someone else changed the contract first. It has been reloaded; try again.</source>
        <translation>其他人已抢先修改了此合同。合同已重新加载，请重试。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条款</translation>
    </message>
    <message>
        <source>Acceptance terms</source>
        <translation>验收条款</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>合同明细</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 行明细</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 due %3</source>
        <comment>node, amount and due date</comment>
        <translation>%1 %2，%3 到期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>node and amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractListPage</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下期应收</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Search number or customer…</source>
        <translation>搜索合同编号或客户…</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractTermsTab</name>
    <message>
        <source>Request change…</source>
        <translation>申请变更…</translation>
    </message>
    <message>
        <source>Tax included</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;igning date:</source>
        <translation>签订日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>From quote:</source>
        <translation>来源报价单：</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>商机：</translation>
    </message>
    <message>
        <source>&amp;Delivery terms:</source>
        <translation>交货条款(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;cceptance terms:</source>
        <translation>验收条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>付款条款(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>合同明细</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save terms</source>
        <translation>保存条款(&amp;S)</translation>
    </message>
    <message>
        <source>Someone changed this contract while you were editing it. Your edits are kept; saving them will ask what to do.</source>
        <translation>在您编辑期间，其他人修改了此合同。您的修改已保留；保存时会询问如何处理。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This contract is in force: its amount, items and terms change through an approved contract change, and every version stays readable.</source>
        <translation>本合同已生效：其金额、明细和条款只能通过审批通过的合同变更进行修改，且每个版本都可随时查阅。</translation>
    </message>
    <message>
        <source>This contract is completed.</source>
        <translation>本合同已完成。</translation>
    </message>
    <message>
        <source>This contract was terminated.</source>
        <translation>本合同已终止。</translation>
    </message>
    <message>
        <source>Items total %1 before tax</source>
        <translation>明细合计 %1（不含税）</translation>
    </message>
    <message>
        <source>Someone else changed this contract first. Reload it to continue from their version.</source>
        <translation>其他人已抢先修改了此合同。请重新加载，在对方的版本上继续编辑。</translation>
    </message>
    <message>
        <source>This contract can no longer be changed here: it was activated meanwhile. Reload it (F5) and request a contract change instead.</source>
        <translation>此合同已不能在此修改：在此期间它已生效。请重新加载（F5），改为申请合同变更。</translation>
    </message>
    <message>
        <source>Item %1: the quantity must be a whole number of at least 1.</source>
        <translation>第 %1 行明细：数量必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Item %1: enter the unit, e.g. pcs or set.</source>
        <translation>第 %1 行明细：请输入单位，例如“个”或“套”。</translation>
    </message>
    <message>
        <source>Item %1: enter the unit price in %2.</source>
        <translation>第 %1 行明细：请输入以 %2 计的单价。</translation>
    </message>
    <message>
        <source>Item %1: enter the product name.</source>
        <translation>第 %1 行明细：请输入产品名称。</translation>
    </message>
    <message>
        <source>Item %1 is not accepted: %2</source>
        <translation>第 %1 行明细无效：%2</translation>
    </message>
    <message>
        <source>Enter the contract amount in %1, tax included and above zero.</source>
        <translation>请输入以 %1 计的合同金额（含税，须大于零）。</translation>
    </message>
    <message>
        <source>Enter the signing date.</source>
        <translation>请输入签订日期。</translation>
    </message>
    <message>
        <source>Choose the contract type.</source>
        <translation>请选择合同类型。</translation>
    </message>
    <message>
        <source>The terms may have at most 2,000 characters.</source>
        <translation>条款最多 2,000 个字符。</translation>
    </message>
    <message>
        <source>The notes may have at most 4,000 characters.</source>
        <translation>备注最多 4000 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>A contract may have at most %n item(s).</source>
        <translation>
            <numerusform>每份合同最多可有 %n 行明细。</numerusform>
        </translation>
    </message>
    <message>
        <source>This value is not accepted: %1</source>
        <translation>此值无效：%1</translation>
    </message>
</context>
<context>
    <name>Tradewind::ContractVersionDialog</name>
    <message>
        <source>Items</source>
        <translation>合同明细</translation>
    </message>
    <message>
        <source>Settlement plan</source>
        <translation>结算计划</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>交货条款</translation>
    </message>
    <message>
        <source>Acceptance terms</source>
        <translation>验收条款</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — 第 %2 版</translation>
    </message>
    <message>
        <source>Version %1 of %2, saved %3: %4</source>
        <translation>%2 第 %1 版，保存于 %3，金额 %4</translation>
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
    <message>
        <source>Submitted for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>审批驳回</translation>
    </message>
    <message>
        <source>Marked won</source>
        <translation>标记为成单</translation>
    </message>
    <message>
        <source>Marked lost</source>
        <translation>标记为丢单</translation>
    </message>
    <message>
        <source>Replaced by a new revision</source>
        <translation>被新版本取代</translation>
    </message>
    <message>
        <source>Settlement plan adjusted</source>
        <translation>结算计划调整</translation>
    </message>
    <message>
        <source>Milestone confirmed</source>
        <translation>里程碑确认</translation>
    </message>
    <message>
        <source>Contract change approved</source>
        <translation>合同变更审批通过</translation>
    </message>
    <message>
        <source>Invoice recorded</source>
        <translation>登记开票</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>登记回款</translation>
    </message>
</context>
<context>
    <name>Tradewind::InvoiceDialog</name>
    <message>
        <source>Record invoice — %1</source>
        <translation>登记开票 — %1</translation>
    </message>
    <message>
        <source>As printed on the invoice</source>
        <translation>与发票上的号码一致</translation>
    </message>
    <message>
        <source>included in the amount</source>
        <translation>已含在金额中</translation>
    </message>
    <message>
        <source>Invoice &amp;number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>开票日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Amount (tax included):</source>
        <translation>金额（含税）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tax in it:</source>
        <translation>其中税额(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>An invoice with this number is already recorded.</source>
        <translation>该发票号码已登记过。</translation>
    </message>
    <message>
        <source>Enter the invoice number (at most 50 characters).</source>
        <translation>请输入发票号码（最多 50 个字符）。</translation>
    </message>
    <message>
        <source>Enter the date of the invoice; it cannot be in the future.</source>
        <translation>请输入开票日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the invoice amount in %1, tax included, e.g. 300000.00.</source>
        <translation>请输入以 %1 计的开票金额（含税），例如 300000.00。</translation>
    </message>
    <message>
        <source>Enter the tax in %1: at least 0 and not more than the amount, or leave it empty.</source>
        <translation>请输入以 %1 计的税额：不小于 0 且不超过金额，或留空。</translation>
    </message>
    <message>
        <source>The notes may have at most 2,000 characters.</source>
        <translation>备注最多 2000 个字符。</translation>
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
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
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
    <name>Tradewind::LookupEdit</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
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
    <message>
        <source>&amp;Quotes</source>
        <translation>报价单(&amp;Q)</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>审批（%1）</translation>
    </message>
    <message>
        <source>&amp;Approvals (%1)</source>
        <translation>审批（%1）(&amp;A)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Close it and lose them, or go back and save?</source>
        <translation>要关闭并放弃这些更改，还是返回保存？</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Changes to %1 are not saved.</source>
        <translation>%1 的更改尚未保存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>合同(&amp;C)</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Contract register, payments received, invoicing and receivables</source>
        <translation>合同台账、回款、开票和应收账款</translation>
    </message>
    <message>
        <source>Quotes, milestones and contract changes waiting for your decision</source>
        <translation>待您审批的报价单、里程碑和合同变更</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for your decision</source>
        <translation>
            <numerusform>%n 项待您审批</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tradewind::NewQuoteDialog</name>
    <message>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>Type to search customers…</source>
        <translation>输入名称以搜索客户…</translation>
    </message>
    <message>
        <source>Subject, e.g. Spare cameras for line 2</source>
        <translation>主题，例如：2 号线备用相机</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>币种(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Incoterm:</source>
        <translation>贸易术语(&amp;I)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Choose the customer from the suggestions that appear while you type. Only business partners classed as customers can be chosen.</source>
        <translation>请从输入时出现的建议列表中选择客户。只能选择分类为客户的往来单位。</translation>
    </message>
    <message>
        <source>The subject may have at most 200 characters.</source>
        <translation>主题最多 200 个字符。</translation>
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
    <message>
        <source>Create &amp;quote</source>
        <translation>创建报价单(&amp;Q)</translation>
    </message>
    <message>
        <source>A new quote pre-filled from this opportunity</source>
        <translation>根据此商机预填信息新建报价单</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>报价单（%1）</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>添加跟进记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Latest approved quote</source>
        <translation>最新已批准报价单</translation>
    </message>
    <message>
        <source>%1 · %2 (won)</source>
        <translation>%1 · %2（已成单）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create co&amp;ntract</source>
        <translation>创建合同(&amp;N)</translation>
    </message>
    <message>
        <source>The contract of this won opportunity, from its won quote</source>
        <translation>根据此成单商机的成单报价单创建合同</translation>
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
    <message>
        <source>Create &amp;quote</source>
        <translation>创建报价单(&amp;Q)</translation>
    </message>
    <message>
        <source>A new quote pre-filled from the selected opportunity</source>
        <translation>根据所选商机预填信息新建报价单</translation>
    </message>
    <message>
        <source>Create co&amp;ntract</source>
        <translation>创建合同(&amp;N)</translation>
    </message>
    <message>
        <source>The contract of the selected won opportunity, from its won quote</source>
        <translation>根据所选成单商机的成单报价单创建合同</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Tradewind::PaymentDialog</name>
    <message>
        <source>Record payment received — %1</source>
        <translation>登记回款 — %1</translation>
    </message>
    <message>
        <source>e.g. the bank&apos;s transaction number</source>
        <translation>例如：银行交易流水号</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>回款日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>回款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Bank reference:</source>
        <translation>银行流水号(&amp;B)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>Not needed: the payment is in the contract&apos;s currency (%1).</source>
        <translation>无需填写：回款币种与合同币种（%1）相同。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>invoice number and date</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter the day the money arrived; it cannot be in the future.</source>
        <translation>请输入款项到账日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>Enter the amount received as a whole number of %1.</source>
        <translation>请以 %1 的整数输入回款金额。</translation>
    </message>
    <message>
        <source>Enter the amount received in %1, e.g. 300000.00.</source>
        <translation>请输入以 %1 计的回款金额，例如 300000.00。</translation>
    </message>
    <message>
        <source>Enter how many %1 one %2 was worth, e.g. 7.1, with at most six decimals.</source>
        <translation>请输入 1 %2 折合多少 %1，例如 7.1，最多六位小数。</translation>
    </message>
    <message>
        <source>Choose how the payment was received.</source>
        <translation>请选择回款方式。</translation>
    </message>
    <message>
        <source>The bank reference may have at most 100 characters.</source>
        <translation>银行流水号最多 100 个字符。</translation>
    </message>
    <message>
        <source>The notes may have at most 2,000 characters.</source>
        <translation>备注最多 2000 个字符。</translation>
    </message>
    <message>
        <source>%1, so the payment is %2 in the contract&apos;s currency</source>
        <translation>%1，即该笔回款折合合同币种 %2</translation>
    </message>
</context>
<context>
    <name>Tradewind::PlanNodeDelegate</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>Tradewind::PlanNodeModel</name>
    <message>
        <source>Not due yet: %1 has not happened and no date is planned for it.</source>
        <translation>尚未到期：“%1”尚未发生，且没有计划日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1 on %2</source>
        <translation>
            <numerusform>%1（%2）后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the planned date %1</source>
        <translation>
            <numerusform>计划日期 %1 后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>已逾期：应于%1到期</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应于%1到期</translation>
    </message>
    <message>
        <source>%1 happened on %2: the due date counts from then.</source>
        <translation>“%1”已于 %2 发生：到期日从该日起算。</translation>
    </message>
    <message>
        <source>Days from the trigger (or the planned date) until the payment is due</source>
        <translation>从触发事件（或计划日期）到付款到期的天数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column header and currency</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>结算节点</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>应收余额</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>到期天数</translation>
    </message>
</context>
<context>
    <name>Tradewind::ProductLookupEdit</name>
    <message>
        <source>Type a product code or name…</source>
        <translation>输入产品编码或名称…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Tradewind::QuoteActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>提交审批(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>标记为成单(&amp;W)</translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation>标记为丢单(&amp;L)…</translation>
    </message>
    <message>
        <source>New &amp;revision</source>
        <translation>新建版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy to new quote</source>
        <translation>复制为新报价单(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;rint preview…</source>
        <translation>打印预览(&amp;R)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Send the quote to your supervisor for approval</source>
        <translation>将报价单提交给上级审批</translation>
    </message>
    <message>
        <source>The customer accepted: mark the quote and its opportunity won</source>
        <translation>客户已接受：将报价单及其商机标记为成单</translation>
    </message>
    <message>
        <source>Start the next revision to change the quote; this one stays readable</source>
        <translation>创建下一个版本以修改报价单；当前版本仍可查阅</translation>
    </message>
    <message>
        <source>Start a new quote with the same customer, terms and lines</source>
        <translation>以相同的客户、条款和明细行新建报价单</translation>
    </message>
    <message>
        <source>Approve quote</source>
        <translation>批准报价单</translation>
    </message>
    <message>
        <source>Approve %1 for %2? A comment for the owner is optional.</source>
        <translation>是否批准 %2 的报价单 %1？可以给销售经理填写意见（可选）。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject quote</source>
        <translation>驳回报价单</translation>
    </message>
    <message>
        <source>Reject %1? Tell the owner what to change (required).</source>
        <translation>是否驳回 %1？请告诉销售经理需要修改哪些内容（必填）。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Quote lost</source>
        <translation>报价单丢单</translation>
    </message>
    <message>
        <source>Why did the customer not take %1? (required)</source>
        <translation>客户为什么没有接受 %1？（必填）</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>标记为丢单</translation>
    </message>
    <message>
        <source>Also close the opportunity as lost</source>
        <translation>同时将商机关闭为丢单</translation>
    </message>
    <message>
        <source>Add at least one line before submitting the quote.</source>
        <translation>提交报价单前，请至少添加一行明细。</translation>
    </message>
    <message>
        <source>The quote was not submitted.</source>
        <translation>报价单未提交。</translation>
    </message>
    <message>
        <source>The quote was not approved.</source>
        <translation>报价单未批准。</translation>
    </message>
    <message>
        <source>The quote was not rejected.</source>
        <translation>报价单未驳回。</translation>
    </message>
    <message>
        <source>The quote was not marked won.</source>
        <translation>报价单未标记为成单。</translation>
    </message>
    <message>
        <source>The quote was not marked lost.</source>
        <translation>报价单未标记为丢单。</translation>
    </message>
    <message>
        <source>No new revision was started.</source>
        <translation>未创建新版本。</translation>
    </message>
    <message>
        <source>The quote was not copied.</source>
        <translation>报价单未复制。</translation>
    </message>
    <message>
        <source>The quote cannot be printed now.</source>
        <translation>现在无法打印报价单。</translation>
    </message>
    <message>
        <source>The quote could not be opened.</source>
        <translation>无法打开报价单。</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>创建报价单</translation>
    </message>
    <message>
        <source>No quote was created for this opportunity.</source>
        <translation>未为此商机创建报价单。</translation>
    </message>
    <message>
        <source>Create co&amp;ntract</source>
        <translation>创建合同(&amp;N)</translation>
    </message>
    <message>
        <source>The customer signed: turn the won quote into a contract with its settlement plan</source>
        <translation>客户已签约：将成单报价单转为合同，并生成结算计划</translation>
    </message>
    <message>
        <source>No contract was created.</source>
        <translation>未创建合同。</translation>
    </message>
</context>
<context>
    <name>Tradewind::QuoteCard</name>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>保存更改（%1）</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>无联系人</translation>
    </message>
    <message>
        <source>Subject of the quote</source>
        <translation>报价单主题</translation>
    </message>
    <message>
        <source>The language the quote is printed in</source>
        <translation>报价单的打印语言</translation>
    </message>
    <message>
        <source>Delivery term (Incoterms 2020)</source>
        <translation>贸易术语（Incoterms 2020）</translation>
    </message>
    <message>
        <source>Named place, e.g. Shanghai port</source>
        <translation>指定地点，例如：上海港</translation>
    </message>
    <message>
        <source>e.g. 30 % advance, 70 % before shipment</source>
        <translation>例如：30% 预付款，70% 发货前付清</translation>
    </message>
    <message>
        <source>e.g. 8 weeks after order</source>
        <translation>例如：下单后 8 周</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Curr&amp;ency:</source>
        <translation>币种(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>税率(&amp;T)：</translation>
    </message>
    <message>
        <source>Quote &amp;date:</source>
        <translation>报价日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Incoterm:</source>
        <translation>贸易术语(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>付款条件(&amp;P)：</translation>
    </message>
    <message>
        <source>Lead ti&amp;me:</source>
        <translation>交货期(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Add a line after the current one (Insert)</source>
        <translation>在当前行之后添加一行（Insert）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected lines (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy from similar quote…</source>
        <translation>从相似报价单复制(&amp;C)…</translation>
    </message>
    <message>
        <source>Add the lines of an earlier quote for this customer or these products</source>
        <translation>添加该客户或这些产品以往报价单中的明细行</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Not submitted for approval yet.</source>
        <translation>尚未提交审批。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1（当前显示）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open revision</source>
        <translation>打开版本(&amp;O)</translation>
    </message>
    <message>
        <source>Revisions (%1)</source>
        <translation>版本（%1）</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>等待 %1 审批</translation>
    </message>
    <message>
        <source>Validity passed</source>
        <translation>已过有效期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>None (standalone quote)</source>
        <translation>无（独立报价单）</translation>
    </message>
    <message>
        <source>Someone changed this quote while you were editing it. Your edits are kept; saving them will ask what to do.</source>
        <translation>在您编辑期间，其他人修改了此报价单。您的修改已保留；保存时会询问如何处理。</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>审批（%1）</translation>
    </message>
    <message>
        <source>This is an earlier revision, kept as it was. A later revision replaced it.</source>
        <translation>这是较早的版本，保持原样不变，已被更新的版本取代。</translation>
    </message>
    <message>
        <source>Open the current revision</source>
        <translation>打开当前版本</translation>
    </message>
    <message>
        <source>%1 rejected this quote. Change it and submit it again.</source>
        <translation>%1 驳回了此报价单。请修改后重新提交。</translation>
    </message>
    <message>
        <source>This quote was lost. It can no longer be changed.</source>
        <translation>此报价单已丢单，不能再修改。</translation>
    </message>
    <message>
        <source>This quote was lost: %1</source>
        <translation>此报价单已丢单：%1</translation>
    </message>
    <message>
        <source>This quote waits for approval and cannot be changed. A new revision can be edited; this one stays as it was submitted.</source>
        <translation>此报价单正在等待审批，不能修改。可以创建新版本进行编辑；当前版本将保持提交时的内容。</translation>
    </message>
    <message>
        <source>This quote is approved and cannot be changed. A new revision can be edited; this one stays as it was approved.</source>
        <translation>此报价单已批准，不能修改。可以创建新版本进行编辑；当前版本将保持批准时的内容。</translation>
    </message>
    <message>
        <source>Create revision to edit</source>
        <translation>创建新版本以编辑</translation>
    </message>
    <message>
        <source>Printed under the lines</source>
        <translation>打印在明细行下方</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>税额（%1）</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>更改币种</translation>
    </message>
    <message>
        <source>Change the quote from %1 to %2?</source>
        <translation>是否将报价单币种从 %1 改为 %2？</translation>
    </message>
    <message>
        <source>The unit prices keep their numbers and become %1 amounts: check every price afterwards.</source>
        <translation>单价数值保持不变，但将按 %1 计价：更改后请逐一核对价格。</translation>
    </message>
    <message>
        <source>This quote can no longer be changed: it was submitted or decided meanwhile. Reload it (F5) and create a new revision to change it.</source>
        <translation>此报价单已不能修改：在此期间它已被提交或审批。请重新加载（F5），并创建新版本进行修改。</translation>
    </message>
    <message>
        <source>Someone else changed this quote first. Reload it to continue from their version.</source>
        <translation>其他人已抢先修改了此报价单。请重新加载，在对方的版本上继续编辑。</translation>
    </message>
    <message>
        <source>Line %1: this product is not in the catalogue. Choose it again from the suggestions.</source>
        <translation>第 %1 行：该产品不在产品目录中。请从建议中重新选择。</translation>
    </message>
    <message>
        <source>Line %1: the product code may have at most 40 characters.</source>
        <translation>第 %1 行：产品编码最多 40 个字符。</translation>
    </message>
    <message>
        <source>Line %1: enter the product name (at most 200 characters).</source>
        <translation>第 %1 行：请输入产品名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>Line %1: the specification may have at most 1,000 characters.</source>
        <translation>第 %1 行：规格型号最多 1,000 个字符。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be a whole number of at least 1.</source>
        <translation>第 %1 行：数量必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Line %1: enter the unit, e.g. pcs or set (at most 20 characters).</source>
        <translation>第 %1 行：请输入单位，例如“个”或“套”（最多 20 个字符）。</translation>
    </message>
    <message>
        <source>Line %1: enter the unit price in %2.</source>
        <translation>第 %1 行：请输入以 %2 计的单价。</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0 and 100 %.</source>
        <translation>第 %1 行：折扣必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Line %1 is not accepted: %2</source>
        <translation>第 %1 行无效：%2</translation>
    </message>
    <message numerus="yes">
        <source>A quote may have at most %n line(s).</source>
        <translation>
            <numerusform>每张报价单最多可有 %n 行明细。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s contacts, or none.</source>
        <translation>请选择该客户的一位联系人，或不选。</translation>
    </message>
    <message>
        <source>The subject may have at most 200 characters.</source>
        <translation>主题最多 200 个字符。</translation>
    </message>
    <message>
        <source>Choose the currency of the quote.</source>
        <translation>请选择报价单币种。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>税率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Enter the date of the quote.</source>
        <translation>请输入报价日期。</translation>
    </message>
    <message>
        <source>The quote cannot expire before its date: choose a later validity date.</source>
        <translation>报价单有效期不能早于报价日期：请选择更晚的有效日期。</translation>
    </message>
    <message>
        <source>Choose the delivery term (Incoterm).</source>
        <translation>请选择贸易术语（Incoterm）。</translation>
    </message>
    <message>
        <source>The named place may have at most 200 characters.</source>
        <translation>指定地点最多 200 个字符。</translation>
    </message>
    <message>
        <source>The payment terms may have at most 1,000 characters.</source>
        <translation>付款条件最多 1,000 个字符。</translation>
    </message>
    <message>
        <source>The lead time may have at most 200 characters.</source>
        <translation>交货期最多 200 个字符。</translation>
    </message>
    <message>
        <source>The notes may have at most 4,000 characters.</source>
        <translation>备注最多 4000 个字符。</translation>
    </message>
    <message>
        <source>Choose the language the quote is printed in.</source>
        <translation>请选择报价单的打印语言。</translation>
    </message>
    <message>
        <source>This value is not accepted: %1</source>
        <translation>此值无效：%1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>贸易术语</translation>
    </message>
    <message>
        <source>Named place</source>
        <translation>指定地点</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>成单日期</translation>
    </message>
    <message>
        <source>%1 rejected this quote: “%2”. Change it and submit it again.</source>
        <translation>%1 驳回了此报价单：“%2”。请修改后重新提交。</translation>
    </message>
    <message>
        <source>This quote was won on %1. It can no longer be changed.</source>
        <translation>该报价单已于 %1 成单，不能再修改。</translation>
    </message>
    <message>
        <source>This quote was won. It can no longer be changed.</source>
        <translation>该报价单已成单，不能再修改。</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>打开合同</translation>
    </message>
    <message>
        <source>Highest discount %1: needs two approval levels</source>
        <translation>最高折扣 %1：需要两级审批</translation>
    </message>
</context>
<context>
    <name>Tradewind::QuoteLineModel</name>
    <message>
        <source>%1
No name in the quote&apos;s language yet: the printout shows this one.</source>
        <translation>%1
尚无报价单语言的名称：打印件将显示此名称。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product (Chinese)</source>
        <translation>产品名称（中文）</translation>
    </message>
    <message>
        <source>Product (English)</source>
        <translation>产品名称（英文）</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>单价（%1）</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
</context>
<context>
    <name>Tradewind::QuoteList</name>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>销售经理</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 张报价单</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>历史版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>新建报价单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Create quote</source>
        <translation>创建报价单(&amp;C)</translation>
    </message>
    <message>
        <source>A new quote pre-filled from this opportunity</source>
        <translation>根据此商机预填信息新建报价单</translation>
    </message>
    <message>
        <source>Search number, customer or subject…</source>
        <translation>搜索报价单编号、客户或主题…</translation>
    </message>
</context>
<context>
    <name>Tradewind::QuoteListPage</name>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
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
    <name>Tradewind::RemoteListModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Tradewind::ReportModel</name>
    <message>
        <source>Total %1</source>
        <translation>%1 合计</translation>
    </message>
</context>
<context>
    <name>Tradewind::ReportView</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <comment>period from … to …</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a row to open its contract</source>
        <translation>双击某行可打开对应合同</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>period</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Nothing to report, %1.</source>
        <translation>没有数据（%1）。</translation>
    </message>
    <message>
        <source>Show all rows</source>
        <translation>显示全部明细</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Double-click a row to see the rows behind its figures</source>
        <translation>双击某行可查看其数字背后的明细</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1</source>
        <translation>
            <numerusform>%n 个分组，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind the %1 figures of “%2”</source>
        <translation>“%2”的 %1 数字明细</translation>
    </message>
    <message>
        <source>Behind the %1 totals</source>
        <translation>%1 合计的明细</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Tradewind::ReportsPage</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Contract register</source>
        <translation>合同台账</translation>
    </message>
    <message>
        <source>Each contract</source>
        <translation>按合同</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>回款统计</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款笔数</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <source>Payments in the period</source>
        <translation>所选期间的回款明细</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>开票统计</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>开票笔数</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Invoices in the period</source>
        <translation>所选期间的开票明细</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Money received in the period, in the contracts&apos; currencies.</source>
        <translation>所选期间内的回款，按合同币种列示。</translation>
    </message>
    <message>
        <source>Invoices issued in the period, tax included.</source>
        <translation>所选期间内的开票金额，含税。</translation>
    </message>
    <message>
        <source>Contracts signed in the period, with what is invoiced, received, outstanding and overdue on them. Only contracts in force (active or completed) have money outstanding or overdue: drafts and terminated contracts show none.</source>
        <translation>所选期间内签订的合同，及其已开票、已回款、应收余额和逾期金额。只有生效中（执行中或已完成）的合同才有应收余额和逾期金额：草稿和已终止的合同不计。</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Contracts in the report</source>
        <translation>报表所含合同</translation>
    </message>
    <message>
        <source>What is planned but not yet received on contracts in force (active or completed), by how long it is overdue on the chosen day. Drafts and terminated contracts are not receivables.</source>
        <translation>生效中（执行中或已完成）的合同已计划但尚未回款的金额，按截至所选日期的逾期时长分段。草稿和已终止的合同不计入应收账款。</translation>
    </message>
    <message>
        <source>Contracts with money open</source>
        <translation>尚有未回款的合同</translation>
    </message>
</context>
<context>
    <name>Tradewind::SettlementPlanTab</name>
    <message>
        <source>&amp;Add node</source>
        <translation>添加节点(&amp;A)</translation>
    </message>
    <message>
        <source>Add a node after the current one; it takes what is not planned yet</source>
        <translation>在当前节点之后添加节点；新节点的金额为尚未计划的部分</translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation>删除节点(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the current node (only nodes with nothing invoiced or received)</source>
        <translation>删除当前节点（仅限尚未开票或回款的节点）</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>The plan changed while you were editing it. Your edits are kept; saving them will ask what to do.</source>
        <translation>在您编辑期间，结算计划已被修改。您的修改已保留；保存时会询问如何处理。</translation>
    </message>
    <message numerus="yes">
        <source>The %n node(s) add up to the contract amount, %1.</source>
        <translation>
            <numerusform>%n 个节点合计等于合同金额 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The nodes add up to %1, the contract amount is %2: %3 too much.</source>
        <translation>各节点合计 %1，合同金额为 %2：超出 %3。</translation>
    </message>
    <message>
        <source>The nodes add up to %1, the contract amount is %2: %3 missing.</source>
        <translation>各节点合计 %1，合同金额为 %2：还差 %3。</translation>
    </message>
    <message>
        <source>Record &amp;invoice…</source>
        <translation>登记开票(&amp;I)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Submit &amp;milestone achieved…</source>
        <translation>提交里程碑达成(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the plan first</source>
        <translation>请先保存计划</translation>
    </message>
    <message>
        <source>Someone else changed this contract first. Reload the plan to continue from their version.</source>
        <translation>其他人已抢先修改了此合同。请重新加载结算计划，在对方的版本上继续编辑。</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Node %1: enter its name (at most 100 characters).</source>
        <translation>节点 %1：请输入节点名称（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>%1: a node due on a fixed date needs its planned date.</source>
        <translation>%1：按固定日期到期的节点必须填写计划日期。</translation>
    </message>
    <message>
        <source>%1: the planned amount cannot be less than what is already invoiced or received (%2).</source>
        <translation>%1：计划金额不能低于已开票或已回款的金额（%2）。</translation>
    </message>
    <message>
        <source>%1: enter the planned amount in %2, at least 0.</source>
        <translation>%1：请输入以 %2 计的计划金额，不小于 0。</translation>
    </message>
    <message>
        <source>%1: choose what triggers the payment.</source>
        <translation>%1：请选择付款的触发事件。</translation>
    </message>
    <message>
        <source>%1: this node cannot be removed or replaced: something is invoiced or received against it.</source>
        <translation>%1：此节点已有开票或回款记录，不能删除或替换。</translation>
    </message>
    <message>
        <source>%1 is not accepted: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
    <message>
        <source>A settlement plan needs at least one node.</source>
        <translation>结算计划至少需要一个节点。</translation>
    </message>
    <message>
        <source>The plan is not saved: its nodes add up to %1, but the contract amount is %2. Change the planned amounts by %3 so that they add up.</source>
        <translation>计划未保存：各节点合计 %1，但合同金额为 %2。请将计划金额调整 %3，使两者相等。</translation>
    </message>
    <message>
        <source>The plan is not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
</context>
<context>
    <name>Tradewind::SimilarQuotesDialog</name>
    <message>
        <source>Same customer</source>
        <translation>同一客户</translation>
    </message>
    <message numerus="yes">
        <source>%n shared product(s)</source>
        <translation>
            <numerusform>%n 个相同产品</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Why similar</source>
        <translation>相似原因</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Copy from similar quote — %1</source>
        <translation>从相似报价单复制 — %1</translation>
    </message>
    <message>
        <source>Earlier quotes for %1 or with the same products, best match first. The lines of the quote you choose are added after the lines already on %2.</source>
        <translation>%1 的以往报价单或包含相同产品的报价单，按匹配度从高到低排列。所选报价单的明细行将添加到 %2 现有明细行之后。</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>复制明细行</translation>
    </message>
    <message>
        <source>No earlier quote shares this customer or these products.</source>
        <translation>没有与此客户或这些产品相同的以往报价单。</translation>
    </message>
    <message>
        <source>Looking for similar quotes…</source>
        <translation>正在查找相似报价单…</translation>
    </message>
    <message>
        <source>Loading the lines of %1…</source>
        <translation>正在加载 %1 的明细行…</translation>
    </message>
    <message>
        <source>The lines of %1 could not be loaded.</source>
        <translation>无法加载 %1 的明细行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n line(s), total %3</source>
        <translation>
            <numerusform>%1 — %2 — %n 行，合计 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in %2 but this quote is in %3: lines can only be copied between quotes in the same currency.</source>
        <translation>%1 的币种为 %2，而此报价单的币种为 %3：只能在币种相同的报价单之间复制明细行。</translation>
    </message>
    <message>
        <source>These lines cannot be copied into this quote: lines can only be copied between quotes in the same currency, into a quote that may still be changed.</source>
        <translation>无法将这些明细行复制到此报价单：只能在币种相同的报价单之间复制，且目标报价单必须仍可修改。</translation>
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
    <message>
        <source>Create &amp;quote</source>
        <translation>创建报价单(&amp;Q)</translation>
    </message>
</context>
</TS>
