<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterSales</name>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="33"/>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="34"/>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="35"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="36"/>
        <source>Price protection</source>
        <translation>价保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="37"/>
        <source>Resend missing item</source>
        <translation>补寄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="38"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="39"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="44"/>
        <source>To review</source>
        <translation>待商家处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="45"/>
        <source>Buyer to send back</source>
        <translation>待买家退货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="46"/>
        <source>Returned goods to check</source>
        <translation>待商家收货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="47"/>
        <source>To ship</source>
        <translation>待商家发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="48"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="54"/>
        <source>No deadline</source>
        <translation>无截止时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="56"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="71"/>
        <source>After-sales: {0} · {1} · {2} · {3} left</source>
        <translation>售后：{0} · {1} · {2} · 剩余 {3}</translation>
    </message>
</context>
<context>
    <name>AfterSalesView</name>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="121"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="121"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="121"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="122"/>
        <source>Open after-sales requests, nearest deadline first. Agree or refuse in the platform&apos;s back office; a double-click opens the customer&apos;s conversation.</source>
        <translation>待处理的售后申请，最先到期的在前。同意或拒绝请在平台后台操作；双击打开顾客的会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="146"/>
        <source>After-sales {0}</source>
        <translation>售后 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/aftersales_view.py" line="147"/>
        <source>%n open after-sales requests</source>
        <translation>
            <numerusform>%n 个待处理售后申请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="160"/>
        <source>Edit agent</source>
        <translation>编辑客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="160"/>
        <source>Add agent</source>
        <translation>添加客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="164"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="165"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="170"/>
        <source>1 answers first; escalations go to tiers 2 and 3</source>
        <translation>1 级先接待；升级的会话交给 2 级、3 级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="177"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="178"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="179"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="180"/>
        <source>Most chats at once</source>
        <translation>同时接待上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="193"/>
        <source>An agent needs a name.</source>
        <translation>请填写客服的名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="195"/>
        <source>There is already an agent called {0}.</source>
        <translation>已经有一位叫 {0} 的客服了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="197"/>
        <source>“{0}” is a word ShopDesk keeps for itself; choose another name.</source>
        <translation>“{0}”是 ShopDesk 自用的词，请换一个名字。</translation>
    </message>
</context>
<context>
    <name>AgentStatus</name>
    <message>
        <location filename="../../desktop/ui/agent_status.py" line="20"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_status.py" line="21"/>
        <source>On a break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_status.py" line="22"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>AgentsCard</name>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="63"/>
        <source>AGENTS</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="64"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="64"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="64"/>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="65"/>
        <source>Most chats at once</source>
        <translation>同时接待上限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="66"/>
        <source>Add agent…</source>
        <translation>添加客服…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="67"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="68"/>
        <source>Invite a teammate…</source>
        <translation>邀请同事…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="69"/>
        <source>A join code for a teammate&apos;s desktop, so it syncs with the team&apos;s hub</source>
        <translation>给同事的电脑一个加入码，让它和团队同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="80"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="80"/>
        <source>On a break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="81"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="83"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="83"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="85"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="108"/>
        <source>Bring back</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="109"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="121"/>
        <source>{0} added.</source>
        <translation>已添加 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="132"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="138"/>
        <source>{0} is back: they can sign in and be assigned again.</source>
        <translation>{0} 已恢复启用：可以重新上线、接待会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="139"/>
        <source>{0} is deactivated: their conversations and figures stay, nothing new is assigned to them.</source>
        <translation>{0} 已停用：历史会话和数据都保留，不会再分配新会话。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="33"/>
        <source>Transfer the conversation</source>
        <translation>转交会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="42"/>
        <source> (now)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="47"/>
        <source>Note for the colleague (optional, kept in the thread)</source>
        <translation>给同事的备注（选填，会留在会话里）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="51"/>
        <source>Transfer</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="56"/>
        <source>Transfer to:</source>
        <translation>转交给：</translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="38"/>
        <source>Templates &amp; auto-reply</source>
        <translation>快捷回复与自动回复</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="179"/>
        <source>BACKUPS</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="180"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="181"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="182"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="183"/>
        <source>Keep messages for (days)</source>
        <translation>消息保留天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="190"/>
        <source>Backups go to {0}</source>
        <translation>备份保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="194"/>
        <source>No backup yet. One is taken every day and when you quit; a synced folder (OneDrive, Dropbox, 坚果云) keeps a copy off this computer.</source>
        <translation>还没有备份。每天以及退出时会自动备份；备份到同步文件夹（OneDrive、Dropbox、坚果云）可以在电脑之外再留一份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="200"/>
        <source>{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, verified, SHA-256 {3}…</source>
        <translation>保留 {0} 份备份（7 份每日、4 份每周、12 份每月）。最新：{1}，{2:.1f} MB，已校验，SHA-256 {3}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="208"/>
        <source>The shop database itself is in {0}. Syncing a live database can damage it: move it to a local folder and let backups go to the synced folder instead.</source>
        <translation>店铺数据库本身位于 {0} 中。同步正在使用的数据库可能损坏数据：请把数据库移到本地文件夹，只把备份放到同步文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="213"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="220"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="234"/>
        <location filename="../../desktop/ui/jobs_card.py" line="239"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="236"/>
        <source>ShopDesk backups (*.sqlite)</source>
        <translation>ShopDesk 备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="240"/>
        <source>Replace all of the shop&apos;s data with this backup&apos;s? The current data is backed up first, so this can be undone.</source>
        <translation>用这份备份替换店铺的全部数据？当前数据会先备份，可以撤回。</translation>
    </message>
</context>
<context>
    <name>BridgeDialog</name>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="23"/>
        <source>Chat bridge of {0}</source>
        <translation>{0} 的聊天转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="26"/>
        <source>The webhook channel this 抖店 shop&apos;s chats arrive through: the order cards it delivers are answered with the orders looked up on 抖店. A bridge serves one 抖店 shop.</source>
        <translation>这家抖店的聊天经由哪个 Webhook 渠道进来：它送来的订单卡片，会用在抖店查到的订单来回复。一个转接只服务一家抖店。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="32"/>
        <source>No bridge</source>
        <translation>没有转接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="42"/>
        <source>Chats arrive through</source>
        <translation>聊天经由</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="30"/>
        <source>Read {0} event(s): {1} day(s) closed, {2} time(s) closed for some hours, {3} make-up working day(s) recognised and kept open.</source>
        <translation>读取 {0} 个事件：休息 {1} 天，{2} 段时间暂停营业，识别出 {3} 个调休上班日（照常营业）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="37"/>
        <source>{0} already over</source>
        <translation>{0} 个已经过去</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="38"/>
        <source>{0} more than two years ahead</source>
        <translation>{0} 个在两年以后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="39"/>
        <source>{0} cancelled</source>
        <translation>{0} 个已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="40"/>
        <source>{0} without a length</source>
        <translation>{0} 个没有时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="41"/>
        <source>{0} longer than a year</source>
        <translation>{0} 个超过一年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="42"/>
        <source>{0} without a start</source>
        <translation>{0} 个没有开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="43"/>
        <source>{0} repeating more often than daily</source>
        <translation>{0} 个重复得比每天还频繁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="45"/>
        <source>, </source>
        <comment>between the reasons events were skipped</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="48"/>
        <source> Skipped {0}: {1}.</source>
        <translation>跳过 {0} 个：{1}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="54"/>
        <source>This file is not a calendar (.ics); nothing was changed.</source>
        <translation>这个文件不是日历文件（.ics），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="57"/>
        <source>Line {0} of the calendar cannot be read ({1}); nothing was changed.</source>
        <translation>日历第 {0} 行无法读取（{1}），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="61"/>
        <source>Line {0} of the calendar has a date or rule that cannot be read ({1}); nothing was changed.</source>
        <translation>日历第 {0} 行的日期或重复规则无法识别（{1}），未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ChannelsCard</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="86"/>
        <source>CHANNELS</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="87"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="88"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="88"/>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="89"/>
        <source>Add webhook…</source>
        <translation>添加 Webhook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="90"/>
        <source>Add e-mail…</source>
        <translation>添加邮箱…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="92"/>
        <source>Receive on this desktop</source>
        <translation>由本机收发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="94"/>
        <source>Only one desktop of the team fetches a channel and sends its replies, so customers never get the same answer three times</source>
        <translation>团队中只由一台电脑收取该渠道的消息并发送回复，客户不会收到重复的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="96"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="97"/>
        <source>Pause / resume</source>
        <translation>暂停 / 恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="98"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="99"/>
        <source>Chat bridge…</source>
        <translation>聊天转接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="101"/>
        <source>For a 抖店 shop: the webhook channel its chats arrive through</source>
        <translation>抖店渠道专用：它的聊天经由哪个 Webhook 渠道进来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="102"/>
        <source>No channel yet: add your mailbox, TikTok Shop or a webhook with the buttons below.</source>
        <translation>还没有接入渠道：用下方按钮添加邮箱、TikTok Shop 或 Webhook。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="105"/>
        <source>E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords and tokens are kept in the system keychain.</source>
        <translation>邮件和 TikTok Shop 每分钟收取一次；Webhook 让任何中转程序（抖音/飞鸽中转、网站客服）把消息送到这台电脑。密码和令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="124"/>
        <source>Not receiving: port {0} is used by another program</source>
        <translation>未在接收：端口 {0} 已被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="126"/>
        <source>Not receiving: its token is not on this computer; add the channel again here</source>
        <translation>未在接收：本机没有该渠道的令牌，请在本机重新添加该渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="145"/>
        <source>Receiving on port {0}</source>
        <translation>正在接收（端口 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="147"/>
        <source>Not receiving</source>
        <translation>未在接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="175"/>
        <source>Douyin shop (orders; chats through {0})</source>
        <translation>抖店（订单；聊天经由 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="177"/>
        <source>Douyin shop (orders)</source>
        <translation>抖店（订单）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="209"/>
        <source>Bridges deliver messages to
  http://127.0.0.1:{0}/messages
with the header
  Authorization: Bearer {1}

ShopDesk receives them while it is open; the State column shows whether it is receiving.</source>
        <translation>中转程序把消息发送到
  http://127.0.0.1:{0}/messages
并带上请求头
  Authorization: Bearer {1}

ShopDesk 打开期间即可接收；“状态”一栏显示是否正在接收。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="234"/>
        <source>{0} is connected (the shop {1} on TikTok). Its tokens are kept in the system keychain.</source>
        <translation>{0} 已连接（TikTok 上的店铺：{1}）。授权令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="134"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="137"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="132"/>
        <source>Received on another desktop</source>
        <translation>由另一台电脑收发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="91"/>
        <source>Connect TikTok Shop…</source>
        <translation>连接 TikTok Shop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="208"/>
        <source>Webhook added</source>
        <translation>已添加 Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="215"/>
        <source>Add e-mail</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="216"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="216"/>
        <source>Address / user</source>
        <translation>邮箱地址 / 用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="217"/>
        <source>Password or app password</source>
        <translation>密码或授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="218"/>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="219"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="220"/>
        <source>Security (ssl / starttls)</source>
        <translation>加密方式（ssl / starttls）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="256"/>
        <source>Order cards arriving through {0} are answered with the orders of {1}.</source>
        <translation>经由 {0} 进来的订单卡片，将用 {1} 的订单来回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="258"/>
        <source>{0} has no chat bridge now.</source>
        <translation>{0} 现在没有聊天转接。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="269"/>
        <source>Testing {0}…</source>
        <translation>正在测试 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="283"/>
        <source>Remove channel</source>
        <translation>移除渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="284"/>
        <source>Disconnect {0}? Its conversations stay; nothing more comes in or goes out through it.</source>
        <translation>断开 {0}？已有会话会保留，之后不再通过它收发消息。</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../desktop/ui/choice_button.py" line="57"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="21"/>
        <location filename="../../desktop/ui/close_dialog.py" line="38"/>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="22"/>
        <source>The customer&apos;s question is resolved</source>
        <translation>客户的问题已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="24"/>
        <source>Send the closing message first:</source>
        <translation>先发送结束语：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="29"/>
        <source>Invite the customer to rate the service:</source>
        <translation>邀请客户评价（邀评）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="44"/>
        <source>Closing ends the customer&apos;s wait and counts toward your resolution rate.</source>
        <translation>结束会话后客户不再计入等待，并计入解决率。</translation>
    </message>
</context>
<context>
    <name>ClosingCard</name>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="45"/>
        <source>CLOSING A CONVERSATION — offered in the close dialog</source>
        <translation>结束会话 — 结束时可发送的话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="47"/>
        <source>Closing message (Chinese)</source>
        <translation>结束语（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="47"/>
        <source>Closing message (English)</source>
        <translation>结束语（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="48"/>
        <source>Rating invitation</source>
        <translation>邀评</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="48"/>
        <source>Invitation (Chinese)</source>
        <translation>邀评话术（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="49"/>
        <source>Invitation (English)</source>
        <translation>邀评话术（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="51"/>
        <source>Ticked in the close dialog</source>
        <translation>结束会话时默认勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="52"/>
        <source>Save closing texts</source>
        <translation>保存结束话术</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="64"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="111"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="112"/>
        <source>Write a note only your team sees</source>
        <translation>写一条只有团队能看到的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="113"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="114"/>
        <location filename="../../desktop/ui/composer.py" line="275"/>
        <source>Attach an image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="115"/>
        <location filename="../../desktop/ui/composer.py" line="123"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="116"/>
        <source>Ctrl+Enter to send · / for templates</source>
        <translation>Ctrl+Enter 发送 · 输入“/”调用快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="121"/>
        <source>Write an internal note (the customer does not see it)…</source>
        <translation>写内部备注（客户看不到）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="122"/>
        <source>Reply to the customer…</source>
        <translation>回复客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="123"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="227"/>
        <source>No matching reply template. Templates are set up on the Templates &amp; auto-reply page.</source>
        <translation>没有匹配的快捷回复。可在“快捷回复与自动回复”页面中设置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="259"/>
        <source>Not sent: “{0}” cannot be sent here ({1}). Change the marked words, then send again.</source>
        <translation>未发送：不能发送“{0}”（{1}）。请修改标红的词语后再发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="276"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="284"/>
        <source>{0} image(s) attached</source>
        <translation>已添加 {0} 张图片</translation>
    </message>
</context>
<context>
    <name>ConnectWords</name>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="21"/>
        <source>{platform} could not answer just now: wait a few minutes, then authorise again and paste the new address.</source>
        <translation>{platform}暂时无法应答：请过几分钟再重新授权，并粘贴新的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="25"/>
        <source>{platform} did not accept this authorisation: the code has been used already or is too old, or the App key and App secret are not this app&apos;s. Check them, authorise again and paste the new address (a code works once).</source>
        <translation>{platform}没有接受这次授权：授权码已经用过或已过期，或者 App key、App secret 不是这个应用的。请核对后重新授权，再粘贴新的地址（一个授权码只能用一次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="29"/>
        <source>{platform} refused the request&apos;s signature: the App secret is not this App key&apos;s. Copy both again from the app&apos;s page, then authorise again and paste the new address.</source>
        <translation>{platform}拒绝了请求的签名：App secret 与这个 App key 不属于同一个应用。请从应用页面重新复制这两项，再重新授权并粘贴新的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="33"/>
        <source>{platform} asked for fewer requests just now: wait a minute, then authorise again and paste the new address.</source>
        <translation>{platform}表示请求过于频繁：请等一分钟，再重新授权并粘贴新的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="36"/>
        <source>{platform} cannot be reached: check this computer&apos;s internet connection, then connect again.</source>
        <translation>无法连接{platform}：请检查这台电脑的网络，然后再连接。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="42"/>
        <source>{platform} refused this computer&apos;s address: add it to the app&apos;s IP whitelist, then authorise again and paste the new address.</source>
        <translation>{platform}拒绝了本机的网络地址：请把它加入应用的 IP 白名单，再重新授权并粘贴新的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="45"/>
        <source>{platform} did not connect the shop. Authorise again and paste the new address (a code works once); if it happens again, show {platform}&apos;s support the platform&apos;s words below.</source>
        <translation>{platform}没有连接这家店铺。请重新授权并粘贴新的地址（一个授权码只能用一次）；如果仍然不行，请把下面的平台原文发给{platform}的客服。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="49"/>
        <source>No shop has authorised this app on {platform} yet: on the authorisation page, sign in as the shop and authorise, then paste the new address.</source>
        <translation>{platform}上还没有店铺授权这个应用：请在授权页面以店铺身份登录并授权，再粘贴新的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="62"/>
        <source>Platform&apos;s own words: {0} (code {1})</source>
        <translation>平台原文：{0}（错误码 {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="64"/>
        <source>Platform&apos;s own words: {0}</source>
        <translation>平台原文：{0}</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../desktop/ui/conversation_delegate.py" line="132"/>
        <source>You: </source>
        <translation>我方：</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="112"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="112"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="112"/>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="113"/>
        <location filename="../../desktop/ui/conversation_header.py" line="135"/>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="113"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="121"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="121"/>
        <source>Pending</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="122"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="122"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="126"/>
        <source>Agent: {0}</source>
        <translation>客服：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="127"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="134"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="140"/>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="140"/>
        <source>Normal priority</source>
        <translation>普通优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="141"/>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="141"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="156"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="163"/>
        <source>Until the customer replies</source>
        <translation>直到客户回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="164"/>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="165"/>
        <source>Until tomorrow 09:00</source>
        <translation>到明天 09:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="167"/>
        <source>Until next week</source>
        <translation>到下周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="168"/>
        <source>Choose a time…</source>
        <translation>选择时间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="170"/>
        <source>Set category…</source>
        <translation>设置分类…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="171"/>
        <source>Remove VIP</source>
        <translation>取消 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="171"/>
        <source>Mark VIP</source>
        <translation>设为 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="174"/>
        <source>Export transcript…</source>
        <translation>导出聊天记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="183"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="194"/>
        <source>Transfer with a note…</source>
        <translation>转交并留备注…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="226"/>
        <source>Snooze until</source>
        <translation>暂缓到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="242"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="242"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="123"/>
        <source>Unassigned</source>
        <translation>待分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="123"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="124"/>
        <source>All open</source>
        <translation>全部进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="124"/>
        <source>Waiting on us</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="125"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="125"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="126"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="139"/>
        <source>Longest waiting</source>
        <translation>等待最久</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="139"/>
        <source>Newest</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="140"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="158"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="160"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="161"/>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="280"/>
        <source>Only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="281"/>
        <source>Show everyone waiting</source>
        <translation>显示全部等待中的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="308"/>
        <source>No one is waiting for an agent. Well done!</source>
        <translation>没有待分配的客户，干得漂亮！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="309"/>
        <source>Nothing assigned to you. Take one from “Unassigned”.</source>
        <translation>暂时没有分配给你的会话，可以从“待分配”里接待一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="311"/>
        <source>Choose who works at this desktop in Settings to see your own conversations here.</source>
        <translation>请先在“设置”中选择在这台电脑上工作的客服，这里就会显示你的会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="313"/>
        <source>No customer is waiting for an answer.</source>
        <translation>没有等待回复的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="314"/>
        <source>Nothing snoozed. Snooze a conversation to hide it until a time or until the customer replies.</source>
        <translation>没有暂缓的会话。暂缓后，会话会隐藏到指定时间或客户再次发消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="316"/>
        <source>Closed conversations will be listed here.</source>
        <translation>已结束的会话会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="317"/>
        <source>No open conversations with VIP customers. Mark a customer as VIP from the customer panel.</source>
        <translation>没有进行中的 VIP 客户会话。可在右侧客户资料中把客户设为 VIP。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="322"/>
        <source>No open conversations. New messages appear here as they arrive; to bring in history use File › Import, or try the demo shop.</source>
        <translation>没有进行中的会话。新消息到达后会自动显示在这里；导入历史记录请用“文件 › 导入”，也可以先打开演示店铺看看。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="142"/>
        <source>Choose a conversation on the left to read and answer it.
New customer messages appear there by themselves.</source>
        <translation>在左侧选择一个会话即可查看和回复。
客户的新消息会自动出现在列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="287"/>
        <source>Knowledge base:</source>
        <translation>知识库：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="292"/>
        <source>match {0:.0%} · Ctrl+{1}</source>
        <translation>匹配度 {0:.0%} · Ctrl+{1}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="31"/>
        <source>ShopDesk ran into a problem</source>
        <translation>ShopDesk 遇到了问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="32"/>
        <source>Nothing you stored is lost. A report was saved to
{0}
Please send it to us.</source>
        <translation>已保存的数据不会丢失。错误报告已保存到
{0}
请把它发给我们。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="35"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>CustomerLanguage</name>
    <message>
        <location filename="../../desktop/ui/customer_language.py" line="40"/>
        <source>not told yet</source>
        <translation>尚未识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_language.py" line="41"/>
        <source>As they write ({0})</source>
        <translation>跟随客户消息（{0}）</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="82"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="84"/>
        <source>Earlier conversations</source>
        <translation>历史会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="85"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="86"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="87"/>
        <source>Add a note about this customer…</source>
        <translation>添加客户备注…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="98"/>
        <source>Select a conversation to see the customer here.</source>
        <translation>选择会话后，这里会显示客户资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="106"/>
        <source>Remove VIP</source>
        <translation>取消 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="106"/>
        <source>Mark VIP</source>
        <translation>设为 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="107"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="108"/>
        <source>Channel: {0}</source>
        <translation>渠道：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="109"/>
        <source>Customer id: {0}</source>
        <translation>客户 ID：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="110"/>
        <source>Language: {0}</source>
        <translation>语言：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="114"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="313"/>
        <source>Double-click a row to list its inquiries</source>
        <translation>双击一行查看对应的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="343"/>
        <source>{0:.1f} pts</source>
        <translation>{0:.1f} 个百分点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="94"/>
        <source>Inquiries and 24-hour response rate by day</source>
        <translation>每日咨询量与 24 小时回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="99"/>
        <location filename="../../desktop/ui/dashboard_charts.py" line="130"/>
        <location filename="../../desktop/ui/dashboard_charts.py" line="155"/>
        <source>Inquiries</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="104"/>
        <source>24-hour response rate</source>
        <translation>24 小时回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="129"/>
        <source>Inquiries by hour of day</source>
        <translation>各时段咨询量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="152"/>
        <source>First response time</source>
        <translation>首次响应时长分布</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="134"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="138"/>
        <source>Today so far</source>
        <translation>今天（截至现在）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="139"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="140"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="141"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="147"/>
        <source>Click to list the inquiries behind it</source>
        <translation>点击查看对应的咨询明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="149"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="151"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="153"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="161"/>
        <source>Service score</source>
        <translation>服务分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="206"/>
        <source>Counts {0} of {1} inquiries: those responded to (an auto reply counts) or waiting over 24 hours</source>
        <translation>按 {1} 个咨询中的 {0} 个计算：已回复（含自动回复）或已等待超过 24 小时的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="209"/>
        <source>Counts {0} inquiries in working hours: those answered or waiting over 3 minutes</source>
        <translation>按工作时间内的 {0} 个咨询计算：已回复的和已等待超过 3 分钟的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="215"/>
        <source>30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each scored 0–100 against its target</source>
        <translation>响应速度占 30%（{0}）、解决率占 50%（{1}）、满意度占 20%（{2}）；每项按目标折算为 0–100 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="220"/>
        <source>yesterday at this time</source>
        <translation>昨天同一时刻</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="221"/>
        <source>the day before</source>
        <translation>前一天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="222"/>
        <source>the %n days before</source>
        <translation>
            <numerusform>之前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="223"/>
        <source>Updated {0} · ▲▼ against {1}</source>
        <translation>更新于 {0} · ▲▼ 对比{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="279"/>
        <source>Inquiries not responded within 24 hours</source>
        <translation>24 小时内未回复的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="280"/>
        <source>Inquiries without a person&apos;s reply within 3 minutes</source>
        <translation>3 分钟内无人工回复的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="281"/>
        <source>Inquiries handled by auto-reply</source>
        <translation>由自动回复接待的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="282"/>
        <source>Inquiries still waiting</source>
        <translation>仍在等待回复的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="284"/>
        <source>Inquiries begun at {0}:00</source>
        <translation>{0} 点开始的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="285"/>
        <source>Inquiries of {0}</source>
        <translation>{0} 的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="286"/>
        <source>Inquiries on {0}</source>
        <translation>{0} 渠道的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="287"/>
        <source>Inquiries {0} answered first</source>
        <translation>{0} 首次接待的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="288"/>
        <source>Inquiries by first response time</source>
        <translation>按首次响应时长查看咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="151"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="162"/>
        <source>24-hour response rate</source>
        <translation>24 小时回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="156"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="163"/>
        <source>3-minute reply rate</source>
        <translation>3 分钟人工回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="152"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="156"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="164"/>
        <source>First response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="165"/>
        <source>Handled by auto-reply</source>
        <translation>自动回复接待占比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="166"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="167"/>
        <source>Satisfaction (4–5 stars)</source>
        <translation>满意度（4–5 星）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="151"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="168"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="283"/>
        <source>Inquiries</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="155"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="155"/>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="155"/>
        <source>Inquiries answered first</source>
        <translation>首次接待咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="157"/>
        <source>Closed / resolved</source>
        <translation>结束 / 已解决</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="116"/>
        <source>Something went wrong; a report was saved to {0}</source>
        <translation>出现了意外错误，错误报告已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="133"/>
        <source>This workbook unpacks to {0} MB, more than the {1} MB ShopDesk reads. Split it, or save it as CSV.</source>
        <translation>这个工作簿解压后有 {0} MB，超过了 ShopDesk 能读取的 {1} MB。请拆分后再导入，或另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="138"/>
        <source>This workbook would unpack to far more than its size: it may be damaged or harmful, and was not read.</source>
        <translation>这个工作簿解压后会比文件本身大得多，可能已损坏或不安全，没有读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="142"/>
        <source>This workbook has {0} sheets; ShopDesk reads at most {1}.</source>
        <translation>这个工作簿有 {0} 个工作表，ShopDesk 最多读取 {1} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="145"/>
        <source>This workbook has {0} rows in one sheet; ShopDesk reads at most {1}. Split it, or save it as CSV.</source>
        <translation>这个工作簿的一个工作表有 {0} 行，ShopDesk 最多读取 {1} 行。请拆分后再导入，或另存为 CSV。</translation>
    </message>
</context>
<context>
    <name>DouyinCard</name>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="74"/>
        <source>Douyin&apos;s own figures</source>
        <translation>抖音官方数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="76"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="76"/>
        <source>Sessions (Douyin)</source>
        <translation>接待会话量（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="76"/>
        <source>3-minute reply (Douyin)</source>
        <translation>3分钟回复率（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="77"/>
        <source>3-minute reply (ShopDesk)</source>
        <translation>3分钟回复率（ShopDesk）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="77"/>
        <source>First response (Douyin)</source>
        <translation>首次响应（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="78"/>
        <source>First response median (ShopDesk)</source>
        <translation>首次响应中位数（ShopDesk）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="78"/>
        <source>Average response (Douyin)</source>
        <translation>平均响应（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="79"/>
        <source>Satisfaction (Douyin)</source>
        <translation>满意率（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="79"/>
        <source>Dissatisfaction (Douyin)</source>
        <translation>不满意率（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="80"/>
        <source>Inquiry conversion (Douyin)</source>
        <translation>询单转化率（抖音）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="92"/>
        <source>{0}: shop score {1} · product {2} · logistics {3} · service {4} (as of {5})</source>
        <translation>{0}：店铺体验分 {1} · 商品 {2} · 物流 {3} · 服务 {4}（{5}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="101"/>
        <source>Exported from Feige for {0}; ShopDesk&apos;s figures are each agent&apos;s on Douyin over the period shown</source>
        <translation>飞鸽导出的 {0} 数据；ShopDesk 的数据为各客服在抖音渠道、所选时段内的接待</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="22"/>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="23"/>
        <source>Saved {0} rows to {1}</source>
        <translation>已将 {0} 行保存到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="28"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="34"/>
        <source>Export transcript</source>
        <translation>导出聊天记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="36"/>
        <source>Excel workbook (*.xlsx);;Text (*.txt)</source>
        <translation>Excel 工作簿 (*.xlsx);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="51"/>
        <source>Export conversations</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="53"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="34"/>
        <location filename="../../desktop/ui/formatting.py" line="67"/>
        <source>{0}s</source>
        <translation>{0}秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="36"/>
        <source>{0}m {1:02d}s</source>
        <translation>{0}分{1:02d}秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="38"/>
        <source>{0}h {1:02d}m</source>
        <translation>{0}小时{1:02d}分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="41"/>
        <source>{0}d {1}h</source>
        <translation>{0}天{1}小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="69"/>
        <source>{0}m</source>
        <translation>{0}分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="71"/>
        <source>{0}h</source>
        <translation>{0}小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="72"/>
        <source>{0}d</source>
        <translation>{0}天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="76"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="77"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="78"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="79"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="96"/>
        <source>[Message]</source>
        <translation>[消息]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="97"/>
        <source>[Picture]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="98"/>
        <source>[Emoji]</source>
        <translation>[表情]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="99"/>
        <source>[Link]</source>
        <translation>[链接]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="100"/>
        <source>[Product card]</source>
        <translation>[商品卡片]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="101"/>
        <source>[Order card]</source>
        <translation>[订单卡片]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="102"/>
        <source>[System message]</source>
        <translation>[系统消息]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="103"/>
        <source>[Service request]</source>
        <translation>[服务请求]</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="31"/>
        <source>the platform forbids moving customers to other contact channels</source>
        <translation>平台禁止引导顾客到站外联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="33"/>
        <source>the platform forbids payment outside the platform</source>
        <translation>平台禁止站外交易付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="35"/>
        <source>a phone number: the platform forbids moving customers to other contact channels</source>
        <translation>手机号码：平台禁止引导顾客到站外联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="38"/>
        <source>a messenger account: the platform forbids moving customers to other contact channels</source>
        <translation>社交账号：平台禁止引导顾客到站外联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="41"/>
        <source>a word this shop does not send</source>
        <translation>本店设置为不发送的词语</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="104"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="105"/>
        <source>Save the conversations of this view (or the selected ones) as an Excel workbook</source>
        <translation>把当前视图（或选中的）会话保存为 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="39"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="43"/>
        <source>Began</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="43"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="43"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="44"/>
        <source>First reply by a person</source>
        <translation>人工首次回复用时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="44"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="66"/>
        <source>None.</source>
        <translation>没有符合条件的咨询。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inquiries_dialog.py" line="67"/>
        <source>The newest %n inquiries; double-click one to open its conversation.</source>
        <translation>
            <numerusform>最近的 %n 条咨询；双击打开对应会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inquiries_dialog.py" line="69"/>
        <source>%n inquiries; double-click one to open its conversation.</source>
        <translation>
            <numerusform>共 %n 条咨询；双击打开对应会话。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="78"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Auto reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="237"/>
        <source>Invite a teammate</source>
        <translation>邀请同事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="241"/>
        <source>Make the join code</source>
        <translation>生成加入码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="246"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="250"/>
        <source>This computer runs the team&apos;s hub (shopdesk hub). Give the code to your teammate: on their desktop, Settings › Team › Join the team.</source>
        <translation>团队同步服务（shopdesk hub）运行在这台电脑上。把加入码发给同事：在他的电脑上打开“设置 › 团队 › 加入团队”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="255"/>
        <source>Teammate&apos;s name</source>
        <translation>同事的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="256"/>
        <source>Hub address</source>
        <translation>同步服务地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="261"/>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="272"/>
        <source>Give the teammate&apos;s name and the hub&apos;s address (http://… or https://…).</source>
        <translation>请填写同事的名字和同步服务地址（http://… 或 https://…）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="282"/>
        <source>Copy the code and give it to {0}.</source>
        <translation>复制加入码，发给 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="287"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>JobsCard</name>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="49"/>
        <source>SCHEDULED JOBS</source>
        <translation>定时任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="52"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="56"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="56"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="57"/>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="58"/>
        <source>Remove old messages</source>
        <translation>清理过期消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="59"/>
        <source>Unanswered questions digest</source>
        <translation>未解答问题周报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="67"/>
        <source>every {0} s</source>
        <translation>每 {0} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="69"/>
        <source>daily at {0}</source>
        <translation>每天 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="71"/>
        <source>Mondays</source>
        <translation>每周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="71"/>
        <source>Tuesdays</source>
        <translation>每周二</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="71"/>
        <source>Wednesdays</source>
        <translation>每周三</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="72"/>
        <source>Thursdays</source>
        <translation>每周四</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="72"/>
        <source>Fridays</source>
        <translation>每周五</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="72"/>
        <source>Saturdays</source>
        <translation>每周六</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="73"/>
        <source>Sundays</source>
        <translation>每周日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="74"/>
        <source>{0} at {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="82"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n 条新提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="83"/>
        <source>No new reminders</source>
        <translation>没有新的提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="85"/>
        <source>%n conversation(s) closed with the closing message</source>
        <translation>
            <numerusform>%n 个会话已发结束语并关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="88"/>
        <source>%n waiting customer(s) nudged</source>
        <translation>
            <numerusform>已提醒 %n 位等待中的顾客</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="89"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="91"/>
        <source>%n question(s) the knowledge base could not answer</source>
        <translation>
            <numerusform>知识库未能回答的问题 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="99"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="99"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="100"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="100"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="106"/>
        <source>{0} · next {1}</source>
        <translation>{0} · 下次 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="118"/>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="93"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="94"/>
        <source>Search articles, or paste a customer&apos;s message</source>
        <translation>搜索文章，或粘贴一条客户消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="95"/>
        <source>Import Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="96"/>
        <source>Export Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="97"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="97"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="98"/>
        <source>Questions (one per line)</source>
        <translation>问法（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="99"/>
        <source>Offered by agents&apos; answers</source>
        <translation>从客服回复中学到的问法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="100"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="100"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="101"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="101"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="102"/>
        <source>Linked products</source>
        <translation>关联商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="102"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="105"/>
        <source>When an agent answers a customer with this article, the customer&apos;s words are offered here as a new way of asking; double-click one to add it</source>
        <translation>客服用这篇文章回答客户时，客户的原话会出现在这里作为新的问法；双击即可加入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="107"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="108"/>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="110"/>
        <source>The answer customers get. Images and links are sent with it.</source>
        <translation>发给客户的答案，图片和链接会一并发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="111"/>
        <source>e.g. 物流, 大促 (comma-separated)</source>
        <translation>如：物流，大促（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="112"/>
        <source>product ids, comma-separated</source>
        <translation>商品 ID，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="113"/>
        <source>review every (days)</source>
        <translation>复核周期（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="115"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="118"/>
        <source>from (YYYY-MM-DD, optional)</source>
        <translation>开始日期（选填，如 2026-11-01）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="119"/>
        <source>until (YYYY-MM-DD, optional)</source>
        <translation>结束日期（选填，如 2026-11-11）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="120"/>
        <source>Save article</source>
        <translation>保存文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="121"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="122"/>
        <source>Mark reviewed</source>
        <translation>标记为已复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="123"/>
        <source>Earlier versions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="124"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="125"/>
        <source>QUESTIONS THE BASE MISSED THIS WEEK — click one to draft an article</source>
        <translation>本周知识库没答上的问题 — 点击一条起草文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="136"/>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="148"/>
        <source>No articles yet. Write your first answer on the right, or import an FAQ from Excel.</source>
        <translation>还没有文章。在右侧写下第一条答案，或从 Excel 导入常见问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="151"/>
        <source>{0} article(s) due for review or expired.</source>
        <translation>{0} 篇文章需要复核或已过期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="152"/>
        <source>All articles are up to date.</source>
        <translation>所有文章都是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="158"/>
        <source>{0}× {1}</source>
        <translation>{0}次 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="168"/>
        <source>A draft from the customers&apos; own words: check it and save.</source>
        <translation>已按客户的原话起草：检查后保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="217"/>
        <source>Double-click to add as a question phrasing</source>
        <translation>双击加入问法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="15"/>
        <source>Insert an image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="16"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="23"/>
        <source>Insert a link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="25"/>
        <source>Address:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="28"/>
        <source>Words to show:</source>
        <translation>显示文字：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="253"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="266"/>
        <location filename="../../desktop/ui/kb_page.py" line="277"/>
        <source>Choose an article first.</source>
        <translation>请先选一篇文章。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="270"/>
        <source>Restored (kept as a new version).</source>
        <translation>已恢复（另存为一个新版本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="279"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="280"/>
        <source>Delete “{0}” and its earlier versions? Customers&apos; questions it answered will go unanswered.</source>
        <translation>删除“{0}”及其历史版本？它原来能回答的客户问题将不再自动回答。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="285"/>
        <source>“{0}” was deleted.</source>
        <translation>已删除“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="310"/>
        <source>Import FAQ</source>
        <translation>导入常见问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="311"/>
        <location filename="../../desktop/ui/kb_page.py" line="325"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="317"/>
        <source>Added {0}, updated {1}, skipped {2}.</source>
        <translation>新增 {0}，更新 {1}，跳过 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="319"/>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="324"/>
        <source>Export FAQ</source>
        <translation>导出常见问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="328"/>
        <source>Exported {0} articles.</source>
        <translation>已导出 {0} 篇文章。</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <location filename="../../desktop/ui/lookups.py" line="88"/>
        <source>Something went wrong; a report was saved to {0}</source>
        <translation>出现了意外错误，错误报告已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>ShopDesk — customer service desk</source>
        <translation>ShopDesk 客服工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Inbox</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Auto-reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Schedule</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>Import history…</source>
        <translation>导入历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>Export everything…</source>
        <translation>导出全部数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>Next conversation</source>
        <translation>下一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Write a reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <source>About ShopDesk</source>
        <translation>关于 ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>Import history</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="298"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk 数据文件 (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Imported {0} messages and {1} events; {2} lines refused.</source>
        <translation>已导入 {0} 条消息和 {1} 个事件；{2} 行未能导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Import finished with problems</source>
        <translation>导入完成，但有问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="321"/>
        <source>Export everything</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Exported {0} lines.</source>
        <translation>已导出 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>ShopDesk {0}
The helpdesk for small online shops.</source>
        <translation>ShopDesk {0}
为小网店打造的客服工作台。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <source>ShopDesk closed unexpectedly last time. Nothing you stored was lost; a report was saved to {0}.</source>
        <translation>ShopDesk 上次意外关闭了。已保存的内容都没有丢失；问题报告保存在 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="347"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>The backup was restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>NowCard</name>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="54"/>
        <source>NOW · customers waiting for a reply</source>
        <translation>此刻 · 正在等待回复的顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="55"/>
        <source>Waiting now</source>
        <translation>正在等待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="56"/>
        <source>Longest wait</source>
        <translation>最久已等</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="57"/>
        <source>Within 3 minutes</source>
        <translation>3 分钟内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="58"/>
        <source>Over 3 minutes</source>
        <translation>超过 3 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="59"/>
        <source>Within 24 hours</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="60"/>
        <source>Over 24 hours</source>
        <translation>超过 24 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="62"/>
        <source>Click to open them in the inbox, longest waiting first</source>
        <translation>点击在收件箱中打开这些会话，等得最久的在前</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="84"/>
        <source>Total {0} · ordered {1}</source>
        <translation>合计 {0} · 下单 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="98"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="99"/>
        <source>Copy the tracking number</source>
        <translation>复制运单号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="105"/>
        <source>No logistics yet</source>
        <translation>暂无物流信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="111"/>
        <source>Send to customer</source>
        <translation>发给客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="112"/>
        <source>Put this order&apos;s summary into the reply box</source>
        <translation>把这个订单的摘要放进回复框</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="168"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="169"/>
        <source>Ask the platform for this customer&apos;s orders now</source>
        <translation>立即向平台查询这位客户的订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="171"/>
        <source>The Douyin shop platform cannot list a buyer&apos;s orders: the orders ShopDesk already knows (from order cards, service requests and imported order exports) are asked again.</source>
        <translation>抖店不能按买家查询订单：刷新时只会重新查询 ShopDesk 已知的订单（来自订单卡片、服务请求和导入的订单导出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="204"/>
        <source>Asking the platform…</source>
        <translation>正在向平台查询…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="243"/>
        <source>No orders yet</source>
        <translation>暂无订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="246"/>
        <source>As of {0}</source>
        <translation>更新于 {0}</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="18"/>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="19"/>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="20"/>
        <source>Awaiting collection</source>
        <translation>待揽收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="21"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="22"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="23"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="24"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="32"/>
        <source>The platform cannot be reached; showing the saved orders.</source>
        <translation>暂时连不上平台，显示的是已保存的订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="34"/>
        <source>The platform asks us to slow down; try again in a minute.</source>
        <translation>平台提示查询太频繁，请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="36"/>
        <source>The platform answered with an error page; try again later.</source>
        <translation>平台返回了错误页面，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="38"/>
        <source>The shop&apos;s authorisation has ended; authorise ShopDesk again in the platform&apos;s back office.</source>
        <translation>店铺授权已失效，请到平台后台重新授权 ShopDesk。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="41"/>
        <source>The platform&apos;s answer could not be read; the saved orders are kept.</source>
        <translation>平台返回的内容无法识别，已保存的订单保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="43"/>
        <source>The platform does not know this order.</source>
        <translation>平台上查不到这个订单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="45"/>
        <source>This channel cannot look orders up: import the platform&apos;s order export, or add its keys.</source>
        <translation>这个渠道无法查询订单：请导入平台导出的订单表，或添加平台的密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="49"/>
        <source>The orders could not be refreshed; showing the saved orders.</source>
        <translation>订单没能刷新，显示的是已保存的订单。</translation>
    </message>
</context>
<context>
    <name>OutboxConfirm</name>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="61"/>
        <source>Replies written before this desktop took these channels over. Another desktop may have sent them already, so they go out only when you say so.</source>
        <translation>这些回复是在本机接管这些渠道之前写的，其他电脑可能已经发出过，所以要您确认后才会发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="63"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="63"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="64"/>
        <source>Written</source>
        <translation>写于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="64"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="65"/>
        <source>Send it</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="66"/>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="42"/>
        <source>A snoozed conversation is back</source>
        <translation>稍后处理的会话已到时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="30"/>
        <source>{0} has been waiting {1} for a reply</source>
        <translation>{0} 已等待回复 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="32"/>
        <source>{0} has been waiting {1}: close to the 3-minute reply target</source>
        <translation>{0} 已等待 {1}：快到 3 分钟回复时限了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="36"/>
        <source>{0} has been waiting {1}: past the 24-hour reply window</source>
        <translation>{0} 已等待 {1}：已超过 24 小时回复时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="38"/>
        <source>{0} has been waiting {1}: reply within {2} to keep the 24-hour window</source>
        <translation>{0} 已等待 {1}：请在 {2} 内回复，以免超过 24 小时时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="44"/>
        <source>{0}&apos;s complaint has been open for {1}</source>
        <translation>{0} 的投诉已 {1} 未处理完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="46"/>
        <source>{0} has not replied for {1}: send the closing message and close</source>
        <translation>{0} 已 {1} 没有回复：发送结束语并关闭会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="49"/>
        <source>{0} knowledge-base articles are due for review</source>
        <translation>有 {0} 篇知识库文章需要复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="52"/>
        <source>Holiday mode starts tomorrow at {0}</source>
        <translation>休假模式将于明天 {0} 开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="54"/>
        <source>Holiday mode ends tomorrow at {0}</source>
        <translation>休假模式将于明天 {0} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="56"/>
        <source>Shift handover at {0}: {1} off, {2} on</source>
        <translation>{0} 交接班：{1} 下班，{2} 上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="59"/>
        <source>{0}: {1} took this conversation at the same time; it is theirs now</source>
        <translation>{0}：{1} 同时接待了这个会话，现在由 TA 负责</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="62"/>
        <source>Complaint surge: {0} complaints in the last hour</source>
        <translation>投诉激增：最近一小时 {0} 个投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="65"/>
        <source>{0}&apos;s after-sales request on order {1}: {2} left to act before the platform decides</source>
        <translation>{0} 的售后申请（订单 {1}）还剩 {2}，请在平台自动处理前处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="69"/>
        <source>Something needs your attention</source>
        <translation>有事项需要处理</translation>
    </message>
</context>
<context>
    <name>RemindersButton</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="102"/>
        <source>🔔 {0}</source>
        <translation>🔔 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_button.py" line="103"/>
        <source>%n open reminders</source>
        <translation>
            <numerusform>%n 条未处理提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="113"/>
        <source>No reminders</source>
        <translation>没有提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="121"/>
        <source>Dismiss all</source>
        <translation>全部忽略</translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="48"/>
        <source>REMINDERS — before an after-sales request&apos;s deadline</source>
        <translation>提醒 — 售后申请到期前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="49"/>
        <source>First reminder</source>
        <translation>第一次提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="50"/>
        <source>Urgent reminder</source>
        <translation>紧急提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="52"/>
        <source> h before</source>
        <translation> 小时前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="53"/>
        <source>After the deadline the platform decides alone (it may agree to a refund by itself). The urgent reminder comes later, nearer the deadline.</source>
        <translation>超过截止时间，平台会自行处理（可能自动同意退款）。紧急提醒在第一次提醒之后、更接近截止时间时发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="56"/>
        <source>Save reminders</source>
        <translation>保存提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="67"/>
        <source>The urgent reminder comes nearer the deadline: fewer hours before it than the first one.</source>
        <translation>紧急提醒更接近截止时间：提前的小时数要少于第一次提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="71"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RuleOutcome</name>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="17"/>
        <source>welcome</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="18"/>
        <source>outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="19"/>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="20"/>
        <source>holiday mode</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="21"/>
        <source>all agents busy</source>
        <translation>客服全忙</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="22"/>
        <source>image or emoji only</source>
        <translation>仅图片或表情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="23"/>
        <source>order card</source>
        <translation>订单卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="24"/>
        <source>nudge</source>
        <translation>安抚提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="25"/>
        <source>closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="26"/>
        <source>knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="27"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="33"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="34"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="35"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="36"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="47"/>
        <source>rule “{0}”</source>
        <translation>规则“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="52"/>
        <source>knowledge base, {0:.0%} match</source>
        <translation>知识库，匹配度 {0:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="53"/>
        <source>Auto-reply ({0}): {1}</source>
        <translation>自动回复（{0}）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="55"/>
        <source>Auto-reply held back: it contains “{0}”, a word the shop does not send</source>
        <translation>自动回复未发送：含有店铺禁用的词“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="59"/>
        <source>Assign to {0}</source>
        <translation>分配给 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="61"/>
        <source>Add the tag “{0}”</source>
        <translation>添加标签“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="63"/>
        <source>Set the priority to {0}</source>
        <translation>优先级设为{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="67"/>
        <source>Mark as a complaint for a senior agent (urgent)</source>
        <translation>标记为投诉，交给资深客服（紧急）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="69"/>
        <source>Close the quiet conversation with the closing message</source>
        <translation>发送结束语并结束无人回复的会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="73"/>
        <source> (rule “{0}”)</source>
        <translation>（规则“{0}”）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="83"/>
        <source>(would be translated into {0})</source>
        <translation>（将翻译成{0}发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="85"/>
        <source>(not translated into {0}: {1})</source>
        <translation>（未能翻译成{0}：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="87"/>
        <source>(translated into {0})</source>
        <translation>（已翻译成{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="97"/>
        <source>… and {0} more</source>
        <translation>……另有 {0} 条</translation>
    </message>
</context>
<context>
    <name>RulesCard</name>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="113"/>
        <source>Text</source>
        <comment>a message kind</comment>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="113"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="114"/>
        <source>Emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="114"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="115"/>
        <source>Product card</source>
        <translation>商品卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="116"/>
        <source>Order card</source>
        <translation>订单卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="116"/>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="117"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="117"/>
        <source>Outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="118"/>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="119"/>
        <source>Closed day</source>
        <translation>店铺休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="119"/>
        <source>Holiday mode</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="120"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="120"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="123"/>
        <source>any kind</source>
        <translation>不限类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="125"/>
        <source>any channel</source>
        <translation>不限渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="126"/>
        <source>any language</source>
        <translation>不限语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="127"/>
        <source>at any time</source>
        <translation>不限时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="131"/>
        <source>RULES — the first that matches a message acts; drag to reorder, tick to switch on</source>
        <translation>规则 — 按顺序匹配，第一条命中的规则生效；拖动调整顺序，勾选启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="134"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="134"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="134"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="135"/>
        <source>Message kinds</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="135"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="135"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="136"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="136"/>
        <source>Schedule states</source>
        <translation>营业状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="136"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="137"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="137"/>
        <source>Answer when the match is at least</source>
        <translation>匹配度至少为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="138"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="138"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="138"/>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="139"/>
        <source>Or to a tier</source>
        <translation>或分配给级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="139"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="142"/>
        <source>any customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="142"/>
        <source>VIP customers</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="143"/>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="145"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="146"/>
        <source>Answer from the knowledge base</source>
        <translation>用知识库回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="147"/>
        <source>comma separated, e.g. 退款, 退货, refund</source>
        <translation>用逗号分隔，例如：退款, 退货, refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="148"/>
        <source>Escalate to a senior agent</source>
        <translation>升级给资深客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="150"/>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="150"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="151"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="153"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="154"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="155"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="156"/>
        <source>Test on a message, e.g. 什么时候发货</source>
        <translation>用一条消息试试，例如：什么时候发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="157"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="158"/>
        <source>Simulate a file for this period…</source>
        <translation>用文件模拟这段时间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="165"/>
        <source>(routing decides)</source>
        <translation>（按分配规则）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="213"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="228"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="255"/>
        <source>Nothing would be done.</source>
        <translation>不会做任何处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="270"/>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="271"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk 数据文件 (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="277"/>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
</context>
<context>
    <name>ScenariosCard</name>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="77"/>
        <source>Welcome (a new customer&apos;s first message)</source>
        <translation>欢迎语（新客户的第一条消息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="78"/>
        <source>Outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="79"/>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="80"/>
        <source>Holiday mode</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="81"/>
        <source>Busy (every agent at their maximum)</source>
        <translation>客服繁忙（所有客服都已满负荷）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="82"/>
        <source>Only an image or emoji</source>
        <translation>只发了图片或表情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="83"/>
        <source>Order card received</source>
        <translation>收到订单卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="84"/>
        <source>Nudge (a customer kept waiting)</source>
        <translation>催促安抚（客户等待过久）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="87"/>
        <source>AUTOMATIC REPLIES — when the shop answers by itself</source>
        <translation>自动回复 — 店铺自动应答的场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="88"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="88"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="89"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="90"/>
        <source>Never the same reply twice within (minutes)</source>
        <translation>同一条自动回复的最短间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="91"/>
        <source>Share new conversations</source>
        <translation>新会话分配方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="92"/>
        <source>Close quiet conversations after (hours, 0 = never)</source>
        <translation>客户无回复多久后自动结束（小时，0 = 不自动）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="93"/>
        <source>Nudge a waiting customer after (minutes, 0 = never)</source>
        <translation>客户等待多久后发送安抚（分钟，0 = 不发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="95"/>
        <source>to the least busy agent</source>
        <translation>分给最空闲的客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="96"/>
        <source>in turn (round-robin)</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="97"/>
        <source>Save replies</source>
        <translation>保存自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="136"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="362"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="363"/>
        <source>Closed: outside working hours</source>
        <translation>休息中：非工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="364"/>
        <source>Closed: public holiday</source>
        <translation>休息中：法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="365"/>
        <source>Closed day</source>
        <translation>店铺休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="366"/>
        <source>Holiday mode</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="376"/>
        <source>closes {0}</source>
        <translation>{0}打烊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="377"/>
        <source>opens {0}</source>
        <translation>{0}开门</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="139"/>
        <source>Schedule</source>
        <translation>排班与工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="141"/>
        <source>WORKING HOURS — drag across the grid, or type exact times</source>
        <translation>工作时间 — 在格子上拖动，或输入准确时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="180"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="180"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="149"/>
        <source>Times like 09:00-12:00,13:30-18:00; “closed” for a day off. A range that ends before it starts runs past midnight (17:00-01:00); 24:00 ends a day.</source>
        <translation>格式如 09:00-12:00,13:30-18:00；休息日填“休息”。结束早于开始表示跨过午夜（17:00-01:00）；24:00 表示当天结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="153"/>
        <source>Save hours</source>
        <translation>保存工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="154"/>
        <source>HOLIDAY MODE</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="155"/>
        <source>On now, until I switch it off</source>
        <translation>立即开启，直到手动关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Planned for these dates</source>
        <translation>按日期计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>Reply to customers</source>
        <translation>给客户的自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="161"/>
        <source>Save holiday mode</source>
        <translation>保存休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="163"/>
        <source>PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)</source>
        <translation>法定节假日 — 未来 12 个月（勾选表示当天照常营业）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Open anyway</source>
        <translation>照常营业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="168"/>
        <source>Close the shop on the days of a calendar (.ics)…</source>
        <translation>从日历文件（.ics）导入休息日…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>SHIFTS AND HANDOVER</source>
        <translation>排班与交接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="170"/>
        <source>Agent, e.g. 小李</source>
        <translation>客服，例如：小李</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="171"/>
        <source>e.g. daily 08:00-17:00</source>
        <translation>例如：周一至周五 08:00-17:00（或 每天 09:00-18:00）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="172"/>
        <source>Save shift</source>
        <translation>保存班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="174"/>
        <source>Handover note for the next shift (Enter to save)</source>
        <translation>给下一班的交接说明（回车保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="208"/>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="208"/>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="232"/>
        <source>No shifts yet.</source>
        <translation>还没有排班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="271"/>
        <source>closed</source>
        <comment>a day without working hours</comment>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="286"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="327"/>
        <source>Import days off</source>
        <translation>导入休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="328"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="72"/>
        <source>Search all history: words, names, order ids (Ctrl+F)</source>
        <translation>搜索全部记录：关键词、客户名、订单号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="82"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_box.py" line="120"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>共 %n 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_box.py" line="135"/>
        <source>Show more (%n left)</source>
        <translation>
            <numerusform>显示更多（还有 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="121"/>
        <source>No results. Try fewer or shorter words.</source>
        <translation>没有结果，试试更少或更短的关键词。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="180"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="181"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="182"/>
        <source>Who works at this desktop</source>
        <translation>本机当前客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="183"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="183"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="184"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="184"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186"/>
        <source>Add agent…</source>
        <translation>添加客服…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="187"/>
        <source>Play a sound when a new message arrives</source>
        <translation>新消息到达时播放提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="188"/>
        <source>TARGETS — green from, yellow from (below: red)</source>
        <translation>目标 — 绿色起、黄色起（低于为红色）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="189"/>
        <source>24-hour response rate</source>
        <translation>24 小时回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="190"/>
        <source>First response, mean (at most)</source>
        <translation>首次响应平均（不超过）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="191"/>
        <source>3-minute reply rate</source>
        <translation>3 分钟人工回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="192"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="193"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="197"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="198"/>
        <source>Green (on target)</source>
        <translation>绿色（达标）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="199"/>
        <source>Yellow (close)</source>
        <translation>黄色（接近）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="200"/>
        <source>Save targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="201"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="203"/>
        <source>Channels are below. History from elsewhere comes in with File › Import.</source>
        <translation>渠道见下方。其他来源的历史记录请用“文件 › 导入”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="214"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="243"/>
        <source>Unknown time zone: {0}</source>
        <translation>未知时区：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="247"/>
        <location filename="../../desktop/ui/settings_page.py" line="253"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Add agent</source>
        <translation>添加客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="82"/>
        <source>Working hours and holiday mode — click to change</source>
        <translation>工作时间与休假模式 — 点击修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="84"/>
        <source>Sync: this desktop only</source>
        <translation>同步：仅本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="163"/>
        <source>Scheduler: idle</source>
        <translation>定时任务：空闲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="79"/>
        <location filename="../../desktop/ui/status_bar.py" line="130"/>
        <source>○ No channel connected yet (Settings › Channels)</source>
        <translation>○ 尚未接入渠道（设置 › 渠道）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="109"/>
        <source>● {0}: {1}</source>
        <translation>● {0}：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="114"/>
        <source>● %n channel(s) connected</source>
        <translation>
            <numerusform>● 已连接 %n 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="122"/>
        <source>○ Connecting to {0}…</source>
        <translation>○ 正在连接{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="124"/>
        <source>○ No channel connected here: the channels are received on another desktop of the team</source>
        <translation>○ 本机未连接渠道：渠道由团队的另一台电脑接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="127"/>
        <source>○ No channel connected: every channel is paused (Settings › Channels)</source>
        <translation>○ 未连接渠道：所有渠道都已暂停（设置 › 渠道）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="138"/>
        <source>Sync: {0}</source>
        <translation>同步：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="145"/>
        <source>Synced {0} · {1} waiting</source>
        <translation>已同步 {0} · {1} 条待发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="148"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform>· %n 条更改暂未应用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="150"/>
        <source>Changes from the team this desktop cannot apply yet (for example made by a newer ShopDesk). Everything else is in sync; they are tried again at every sync, and the owner sees them with &apos;shopdesk hub changes&apos;.</source>
        <translation>团队中有些更改本机暂时无法应用（例如由更新版本的 ShopDesk 做出）。其余内容均已同步；每次同步都会再试一次，店主可用“shopdesk hub changes”查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="155"/>
        <source> · this computer&apos;s clock is %n minute(s) off the team&apos;s</source>
        <translation>
            <numerusform>· 本机时钟与团队相差 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="164"/>
        <source>Scheduler: running {0}…</source>
        <translation>定时任务：正在运行{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="188"/>
        <source>Holiday mode starts within a day: switch on the platforms&apos; own holiday mode too (TikTok Shop&apos;s takes about an hour to apply).</source>
        <translation>休假模式将在一天内开始：请同时在各平台开启休假模式（TikTok Shop 约需一小时生效）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="191"/>
        <source>Holiday mode ends within a day: remember to switch the platforms&apos; holiday mode off.</source>
        <translation>休假模式将在一天内结束：记得在各平台关闭休假模式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="204"/>
        <source>Queue: nobody waiting</source>
        <translation>排队：无人等待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="208"/>
        <source>Queue: {0} waiting · longest {1}</source>
        <translation>排队：{0} 人等待 · 最久 {1}</translation>
    </message>
</context>
<context>
    <name>TagMenu</name>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="82"/>
        <source>Search tags or type a new one</source>
        <translation>搜索标签，或输入新标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="95"/>
        <source>Remove “{0}”</source>
        <translation>移除“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="113"/>
        <source>New tag “{0}”</source>
        <translation>新标签“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="117"/>
        <source>No tags yet: type a name</source>
        <translation>还没有标签：输入一个名称</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="42"/>
        <source>TEAM</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="43"/>
        <source>Paste the join code the owner gave you (SD1-…)</source>
        <translation>粘贴店主给你的加入码（SD1-…）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="44"/>
        <source>Join the team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="45"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="58"/>
        <source>Working alone on this desktop. To share one shop with your team, the owner runs the hub (shopdesk hub) and gives each desktop a join code.</source>
        <translation>目前只在这台电脑上使用。要和团队共用一个店铺，店主运行同步中心（shopdesk hub），并给每台电脑一个加入码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="61"/>
        <source>Team hub {0}: {1}</source>
        <translation>团队同步中心 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="64"/>
        <source>Syncing with {0} every minute; {1} changes waiting to be sent.</source>
        <translation>每分钟与 {0} 同步；{1} 条改动待发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="71"/>
        <source>Joining and receiving the shop…</source>
        <translation>正在加入并接收店铺数据…</translation>
    </message>
</context>
<context>
    <name>TemplatesCard</name>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="71"/>
        <source>REPLY TEMPLATES — type “/” and a shortcut or pinyin initials in the composer</source>
        <translation>快捷回复 — 在输入框输入“/”加快捷码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="73"/>
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="74"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="74"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="75"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="77"/>
        <source>Variables: {customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no} {order_status} {carrier} {latest_logistics}</source>
        <translation>可用变量：{customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no} {order_status} {carrier} {latest_logistics}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="81"/>
        <source>Save template</source>
        <translation>保存快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="82"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="127"/>
        <source>To {0}: {1}</source>
        <translation>发给 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="138"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="32"/>
        <source>Show all ({0:,} characters)</source>
        <translation>显示全部（共 {0:,} 字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="42"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="52"/>
        <source>image not available</source>
        <translation>图片无法显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="72"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="73"/>
        <source>The customer sent an order</source>
        <translation>客户发送了订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="84"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="107"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="113"/>
        <source>not sent yet: another computer may have sent it</source>
        <translation>尚未发送：可能已由另一台电脑发出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="117"/>
        <source>send it</source>
        <translation>确认发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="126"/>
        <source>queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="120"/>
        <location filename="../../desktop/ui/thread_html.py" line="129"/>
        <source>cancel</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="133"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="179"/>
        <source>Show {0} earlier messages</source>
        <translation>显示更早的 {0} 条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="204"/>
        <source>{0} · internal note</source>
        <translation>{0} · 内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="210"/>
        <source>Auto-reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="227"/>
        <source>No messages yet.</source>
        <translation>还没有消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="21"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="22"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="23"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="24"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="30"/>
        <source>until the customer replies</source>
        <translation>直到客户回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="35"/>
        <source>until {0}</source>
        <translation>至 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="41"/>
        <source>Assigned to {0} automatically</source>
        <translation>自动分配给 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="43"/>
        <source>{0} took the conversation</source>
        <translation>{0} 接待了会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="44"/>
        <source>{0} handed the conversation to {1}</source>
        <translation>{0} 将会话转给 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="55"/>
        <source>{0} added the tag “{1}”</source>
        <translation>{0} 添加了标签“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="57"/>
        <source>Tagged “{0}” automatically</source>
        <translation>自动添加标签“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="61"/>
        <source>{0} removed the tag “{1}”</source>
        <translation>{0} 移除了标签“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="63"/>
        <source>The tag “{0}” was removed</source>
        <translation>已移除标签“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="68"/>
        <source>{0} snoozed the conversation {1}</source>
        <translation>{0} 暂缓了会话，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="70"/>
        <source>Snoozed {0}</source>
        <translation>已暂缓，{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="74"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="76"/>
        <source>not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="79"/>
        <source>{0} closed the conversation ({1})</source>
        <translation>{0} 结束了会话（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="81"/>
        <source>Closed ({0})</source>
        <translation>会话已结束（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="85"/>
        <source>{0} reopened the conversation</source>
        <translation>{0} 重新打开了会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="87"/>
        <source>Reopened</source>
        <translation>会话已重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="92"/>
        <source>{0} set the priority to {1}</source>
        <translation>{0} 将优先级设为{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="94"/>
        <source>Priority set to {0}</source>
        <translation>优先级设为{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="98"/>
        <source>{0} set the category to “{1}”</source>
        <translation>{0} 将分类设为“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="100"/>
        <source>Category set to “{0}”</source>
        <translation>分类设为“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="103"/>
        <source>The customer rated the service {0} of 5</source>
        <translation>客户评价：{0} 分（满分 5 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="107"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>ThreadTranslator</name>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="198"/>
        <source>Written as: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="201"/>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="207"/>
        <source>Translated from {0}</source>
        <translation>译自{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="213"/>
        <source>Translate from {0}</source>
        <translation>翻译（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="216"/>
        <source>Not translated: {0}</source>
        <translation>未翻译：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="218"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="256"/>
        <source>The customer reads {0}: translating…</source>
        <translation>客户使用{0}：正在翻译…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="259"/>
        <source>Already in {0}: sent as written.</source>
        <translation>已是{0}，按原文发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="261"/>
        <source>The customer will get ({0}): {1}</source>
        <translation>客户将收到（{0}）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="264"/>
        <source>Not translated ({0}); it will be sent as written.</source>
        <translation>未能翻译（{0}），将按原文发送。</translation>
    </message>
</context>
<context>
    <name>TikTokConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="50"/>
        <source>Connect TikTok Shop</source>
        <translation>连接 TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="56"/>
        <source>The code, or the whole address the browser showed after you authorised</source>
        <translation>授权后浏览器地址栏里的完整地址，或其中的 code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="58"/>
        <source>1. Open the authorisation page</source>
        <translation>1. 打开授权页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="60"/>
        <source>2. Connect</source>
        <translation>2. 连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="72"/>
        <source>Where to find these: sign in to the TikTok Shop Partner Center (partner.tiktokshop.com), open App &amp; Service and your app. The App key and App secret are under its basic information (the secret shows after “View”); the Service ID is on the same page (it is also the service_id in the app&apos;s authorisation link).</source>
        <translation>在哪里找：登录 TikTok Shop 合作伙伴中心（partner.tiktokshop.com），打开“应用与服务”里你的应用。App key 和 App secret 在应用的基本信息里（App secret 点“查看”后显示）；Service ID 也在这一页（就是应用授权链接里的 service_id）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="80"/>
        <source>Name in ShopDesk</source>
        <translation>在 ShopDesk 中的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="81"/>
        <location filename="../../desktop/ui/tiktok_connect.py" line="121"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="82"/>
        <location filename="../../desktop/ui/tiktok_connect.py" line="122"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="83"/>
        <location filename="../../desktop/ui/tiktok_connect.py" line="112"/>
        <source>Service ID</source>
        <translation>Service ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="85"/>
        <source>Then open the authorisation page, sign in as the shop and authorise. TikTok sends the browser to your app&apos;s redirect address: copy that whole address (or just its code) and paste it here.</source>
        <translation>然后打开授权页面，用店铺账号登录并授权。TikTok 会把浏览器带到应用的回调地址：复制这个完整地址（或其中的 code），粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="106"/>
        <source>Fill in the {0} first.</source>
        <translation>请先填写{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="116"/>
        <source>The authorisation page is open in your browser. After authorising, paste the address here.</source>
        <translation>授权页面已在浏览器中打开。授权后，把地址粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="121"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="123"/>
        <source>code or address</source>
        <translation>授权码或地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="128"/>
        <source>That holds no authorisation code (code=…): paste the whole address the browser shows after you authorise, or just its code.</source>
        <translation>这里面没有授权码（code=…）：请粘贴授权后浏览器显示的完整地址，或只粘贴其中的 code。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="133"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="36"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="37"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="38"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="39"/>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="40"/>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="41"/>
        <source>Indonesian</source>
        <translation>印尼语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="42"/>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="43"/>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="44"/>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="45"/>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="46"/>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="47"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="48"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="49"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="50"/>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="51"/>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="52"/>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="53"/>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="54"/>
        <source>Filipino</source>
        <translation>菲律宾语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="55"/>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="63"/>
        <source>the translation service cannot be reached (offline?)</source>
        <translation>连不上翻译服务（是否断网？）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="69"/>
        <source>no translation account is set up on this computer (Settings › Translation)</source>
        <translation>这台电脑还没有设置翻译账号（设置 › 翻译）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="72"/>
        <source>something went wrong; a report was saved</source>
        <translation>出现意外错误，已保存错误报告</translation>
    </message>
</context>
<context>
    <name>TranslationCard</name>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="89"/>
        <source>TRANSLATION</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="90"/>
        <source>None</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="90"/>
        <source>Baidu Translate (百度翻译)</source>
        <translation>百度翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="91"/>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="91"/>
        <source>Tencent Cloud TMT (腾讯翻译君)</source>
        <translation>腾讯云机器翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="93"/>
        <source>Translate customer messages as they arrive</source>
        <translation>客户消息到达时自动翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="94"/>
        <source>Translate when I click (saves money)</source>
        <translation>点击时才翻译（更省钱）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="95"/>
        <source>Translate auto-replies the shop has no template for</source>
        <translation>没有对应语言模板的自动回复，翻译后发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="97"/>
        <source>Provider</source>
        <translation>翻译服务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="97"/>
        <location filename="../../desktop/ui/translation_card.py" line="127"/>
        <source>App ID</source>
        <translation>APP ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="97"/>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="98"/>
        <source>Address (optional)</source>
        <translation>服务地址（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="98"/>
        <source>Customer messages</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="99"/>
        <source>Auto-replies</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="101"/>
        <source>the provider&apos;s own address</source>
        <translation>默认使用服务商的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="102"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="103"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="126"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="129"/>
        <source>saved in the system keychain; type to replace</source>
        <translation>已保存在系统钥匙串中；输入新密钥可替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="130"/>
        <source>the key from the provider&apos;s console</source>
        <translation>服务商控制台里的密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="149"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="157"/>
        <location filename="../../desktop/ui/translation_card.py" line="166"/>
        <source>Asking the provider…</source>
        <translation>正在连接翻译服务…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="174"/>
        <source>It works: “{0}” → “{1}”</source>
        <translation>可以使用：“{0}” → “{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="176"/>
        <source>It does not work: {0}</source>
        <translation>无法使用：{0}</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="30"/>
        <source>a word the shop does not send</source>
        <translation>店铺禁用词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="31"/>
        <source>Not sent: “{0}” is not allowed ({1}). Change the wording and send again.</source>
        <translation>未发送：不能使用“{0}”（{1}）。请换个说法再发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="38"/>
        <source>“{0}” is not an Excel workbook, or it is damaged: nothing was imported from it. Open it in Excel to check it, or export it again.</source>
        <translation>“{0}”不是 Excel 工作簿，或者文件已经损坏：里面的内容都没有导入。请用 Excel 打开检查一下，或者重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="44"/>
        <source>Give the channel a name.</source>
        <translation>请给渠道起个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="46"/>
        <source>There is already a channel named “{0}”: choose another name.</source>
        <translation>已经有名为“{0}”的渠道了，请换一个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="55"/>
        <source>“{0}” is not a 抖店 channel: only a 抖店 channel has a chat bridge.</source>
        <translation>“{0}”不是抖店渠道：只有抖店渠道才有聊天转接。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="59"/>
        <source>The shop has no webhook channel named “{0}”: add the bridge as a webhook first.</source>
        <translation>店铺里没有名为“{0}”的 Webhook 渠道：请先把转接添加为 Webhook 渠道。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="64"/>
        <source>The chats of “{0}” already have their orders looked up through “{1}”: a bridge serves one 抖店 shop. Take it from “{1}” first.</source>
        <translation>“{0}”的聊天已经通过“{1}”查询订单：一个转接只服务一家抖店。请先在“{1}”上取消它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="69"/>
        <source>Choose the webhook channel the chats arrive through.</source>
        <translation>请选择聊天经由的 Webhook 渠道。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="79"/>
        <source>Receiving works. Replies wait until the webhook has a reply address.</source>
        <translation>接收正常。设置回复地址后才能发出回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="82"/>
        <source>The reply address {url} did not answer within 5 seconds.</source>
        <translation>回复地址 {url} 5 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="85"/>
        <source>The reply address {url} cannot be reached: check that the bridge is running.</source>
        <translation>无法连接回复地址 {url}：请检查转接程序是否在运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="89"/>
        <source>The reply address {url} answers (HTTP {status}).</source>
        <translation>回复地址 {url} 可以连接（HTTP {status}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="92"/>
        <source>Receiving mail works; sending is tried with the first reply.</source>
        <translation>收信正常；发信会在第一次回复时检查。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="95"/>
        <source>There is no test for this kind of channel yet.</source>
        <translation>这种渠道暂时还不能测试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="23"/>
        <source>The channel is not working right now; it is tried again shortly.</source>
        <translation>渠道暂时无法正常工作，稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="51"/>
        <source>Replies cannot be delivered: the reply address {url} cannot be reached. They are kept and sent when it answers.</source>
        <translation>无法送达回复：连接不上回复地址 {url}。回复已保留，连上后自动发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="54"/>
        <source>The bridge is busy (HTTP {status}); replies are sent again shortly.</source>
        <translation>转接程序繁忙（HTTP {status}），稍后会重新发送回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="56"/>
        <source>The bridge refused a reply (HTTP {status}): {detail}</source>
        <translation>转接程序拒收了一条回复（HTTP {status}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="58"/>
        <source>Replies wait: the webhook has no reply address yet.</source>
        <translation>回复在等待：这个 Webhook 还没有设置回复地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="60"/>
        <source>This computer has no key for the webhook: add the channel again here.</source>
        <translation>这台电脑上没有这个 Webhook 的密钥：请在这台电脑上重新添加该渠道。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="63"/>
        <source>The webhook cannot receive on port {port} ({why}): another program may be using it.</source>
        <translation>Webhook 无法在端口 {port} 接收消息（{why}）：可能有其他程序占用了这个端口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="66"/>
        <source>The mailbox on {host} cannot be opened: check the server, the user name and the password.</source>
        <translation>无法打开 {host} 上的邮箱：请检查服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="69"/>
        <source>The mailbox has no inbox folder: check the account.</source>
        <translation>邮箱里没有收件箱文件夹：请检查邮箱账号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="71"/>
        <source>Reading the mailbox was cut short; it is tried again shortly.</source>
        <translation>读取邮箱时连接中断，稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="73"/>
        <source>Replies cannot be sent: the mail server {host} cannot be reached or refused the login.</source>
        <translation>无法发出回复：连接不上发信服务器 {host}，或服务器拒绝了登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="76"/>
        <source>The mail server did not take a reply; it is sent again shortly.</source>
        <translation>邮件服务器没有接收一条回复，稍后会重新发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="78"/>
        <source>The mail server refused a customer&apos;s address ({addresses}); that reply was not sent.</source>
        <translation>邮件服务器拒收了客户的收件地址（{addresses}），这条回复没有发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="81"/>
        <source>{platform} cannot be reached; it is tried again shortly.</source>
        <translation>无法连接{platform}，稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="83"/>
        <source>{platform} asked for fewer requests; it is tried again in a minute.</source>
        <translation>{platform}要求降低请求频率，一分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="85"/>
        <source>{platform} is busy (HTTP {status}); it is tried again shortly.</source>
        <translation>{platform}暂时繁忙（HTTP {status}），稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="87"/>
        <source>{platform} gave an answer ShopDesk does not understand (HTTP {status}); it is tried again shortly.</source>
        <translation>{platform}返回了无法识别的内容（HTTP {status}），稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="90"/>
        <source>{platform} refused a request ({detail}, code {error}).</source>
        <translation>{platform}拒绝了请求（{detail}，错误码 {error}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="92"/>
        <source>The authorisation for {platform} has ended: connect the shop again in Settings.</source>
        <translation>{platform}的授权已失效：请在“设置”中重新连接店铺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="95"/>
        <source>{platform} refused the requests&apos; signature: the app secret kept for this shop is not its app key&apos;s. Connect the shop again in Settings.</source>
        <translation>{platform}拒绝了请求的签名：这家店铺保存的 App secret 与它的 App key 不匹配。请在“设置”中重新连接店铺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="98"/>
        <source>{platform} refused this computer&apos;s address: add it to the app&apos;s IP whitelist on the open platform.</source>
        <translation>{platform}拒绝了本机的网络地址：请在开放平台把它加入应用的 IP 白名单。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="101"/>
        <source>{platform} gave an incomplete answer: nothing was changed, and it is asked again shortly.</source>
        <translation>{platform}返回的内容不完整：没有改动任何数据，稍后会重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="104"/>
        <source>{platform} after-sales requests are answered with words only.</source>
        <translation>{platform}的售后申请只能用文字回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="106"/>
        <source>This buyer&apos;s {platform} after-sales requests are all answered already: answer in 飞鸽 instead.</source>
        <translation>这位买家在{platform}的售后申请都已回复过：请到飞鸽里回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="109"/>
        <source>A reply was cancelled.</source>
        <translation>一条回复已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="118"/>
        <source>not sent: {url} could not be reached</source>
        <translation>未能发出：无法连接 {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="120"/>
        <source>not sent: {platform} could not be reached</source>
        <translation>未能发出：无法连接{platform}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="122"/>
        <source>not sent: the bridge was busy (HTTP {status})</source>
        <translation>未能发出：转发服务正忙（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="124"/>
        <source>not sent: {platform} could not take it just then (HTTP {status})</source>
        <translation>未能发出：{platform}暂时无法接收（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="126"/>
        <source>not sent: {platform} gave an answer ShopDesk does not understand (HTTP {status})</source>
        <translation>未能发出：{platform}返回了无法识别的内容（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="129"/>
        <source>not sent: the bridge refused it (HTTP {status}): {detail}</source>
        <translation>未能发出：转发服务拒收了这条消息（HTTP {status}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="131"/>
        <source>not sent: the webhook has no reply address</source>
        <translation>未能发出：Webhook 还没有回复地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="133"/>
        <source>not sent: this computer has no key for the webhook</source>
        <translation>未能发出：这台电脑上没有该 Webhook 的密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="135"/>
        <source>not sent: the mail server refused the customer&apos;s address</source>
        <translation>未能发出：邮件服务器拒收了客户的收件地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="139"/>
        <source>not sent: {platform} refused it ({detail}, code {error})</source>
        <translation>未能发出：{platform}拒收了这条消息（{detail}，错误码 {error}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="115"/>
        <source>not sent: the mail server could not be reached or refused the mail</source>
        <translation>未能发出：无法连接邮件服务器，或邮件服务器拒收了这封邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="141"/>
        <source>not sent: {platform} asked to send more slowly</source>
        <translation>未能发出：{platform}要求放慢发送速度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="143"/>
        <source>not sent: the authorisation for {platform} has ended; connect the shop again in Settings</source>
        <translation>未能发出：{platform}的授权已失效，请在“设置”中重新连接店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="146"/>
        <source>not sent: {platform} refused the signature (the app secret is not the app key&apos;s); connect the shop again in Settings</source>
        <translation>未能发出：{platform}拒绝了请求的签名（App secret 与 App key 不匹配），请在“设置”中重新连接店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="149"/>
        <source>not sent: {platform} refused this computer&apos;s address (add it to the app&apos;s IP whitelist)</source>
        <translation>未能发出：{platform}拒绝了本机的网络地址（请把它加入应用的 IP 白名单）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="152"/>
        <source>not sent: {platform} gave an incomplete answer</source>
        <translation>未能发出：{platform}返回的内容不完整</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="154"/>
        <source>not sent: {platform} after-sales requests are answered with words only</source>
        <translation>未能发出：{platform}的售后申请只能用文字回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="157"/>
        <source>not sent: this buyer&apos;s {platform} after-sales requests are all answered already; answer in 飞鸽 instead</source>
        <translation>未能发出：这位买家在{platform}的售后申请都已回复过，请到飞鸽里回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="160"/>
        <source>not sent: it was cancelled</source>
        <translation>未能发出：已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="34"/>
        <source>not sent: the channel did not take it</source>
        <translation>未能发出：渠道没有接收这条消息</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="34"/>
        <source>Earlier versions of “{0}”</source>
        <translation>“{0}”的历史版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="42"/>
        <source>Restore this version</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="64"/>
        <source>Version {0} · replaced {1}</source>
        <translation>第 {0} 版 · {1} 被替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="71"/>
        <source>This article has not been changed since it was written.</source>
        <translation>这篇文章写好后还没有改过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="79"/>
        <source>Questions:</source>
        <translation>问法：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="80"/>
        <source>Answer:</source>
        <translation>回答：</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="293"/>
        <source>Add webhook</source>
        <translation>添加 Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="301"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="302"/>
        <source>Port on this computer</source>
        <translation>本机端口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="303"/>
        <source>Replies go to (optional)</source>
        <translation>回复发送到（可选）</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="92"/>
        <location filename="../../desktop/ui/welcome.py" line="93"/>
        <source>Welcome to ShopDesk</source>
        <translation>欢迎使用 ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="94"/>
        <source>A few questions and your desk is ready. Everything can be changed later in Settings.</source>
        <translation>回答几个问题，工作台就准备好了。以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="96"/>
        <source>Joining your team? Paste the join code the owner gave you and say who you are below: the shop&apos;s name, time zone and hours come from the team.</source>
        <translation>要加入团队？粘贴店主给你的加入码，并在下面填写你是谁：店铺名称、时区和营业时间都以团队的为准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="99"/>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="100"/>
        <source>Join the team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="101"/>
        <source>Or set up a new shop:</source>
        <translation>或者新建一个店铺：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Your role</source>
        <translation>你的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="104"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="106"/>
        <source>e.g. 小王</source>
        <translation>例如：小王</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="107"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="108"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="109"/>
        <source>Start with the starter knowledge base (60 common questions and answers) and reply templates</source>
        <translation>使用入门知识库（60 个常见问题和回答）和常用回复模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="111"/>
        <source>Add a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="111"/>
        <source>Import history…</source>
        <translation>导入历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="112"/>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="112"/>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="40"/>
        <location filename="../../desktop/ui/window_notices.py" line="118"/>
        <source> (+{0} more)</source>
        <translation>（另有 {0} 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="61"/>
        <source>ShopDesk — {0} conversation(s) need you</source>
        <translation>ShopDesk — {0} 个会话需要处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="104"/>
        <source>This week {0} customer questions in {1} groups found no answer in the knowledge base.</source>
        <translation>本周有 {0} 个客户问题（{1} 类）在知识库中找不到答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="106"/>
        <source>Review them</source>
        <translation>去看看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="109"/>
        <source>{0} failed: {1}</source>
        <translation>{0}失败：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="111"/>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="120"/>
        <source>ShopDesk reminder</source>
        <translation>ShopDesk 提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="127"/>
        <source>The daily report for {0} is ready.</source>
        <translation>{0} 的日报已生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="128"/>
        <source>Open report</source>
        <translation>打开日报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="130"/>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="131"/>
        <source>The report for {0} is ready: click to open it</source>
        <translation>{0} 的日报已生成，点击打开</translation>
    </message>
</context>
<context>
    <name>WordsCard</name>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="47"/>
        <source>SENSITIVE WORDS — your own, besides the starter list (block, mask with *, warn, or allow)</source>
        <translation>敏感词 — 在内置词库之外的自定义词（拦截、用 * 屏蔽、提醒或放行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="49"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="49"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="50"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="51"/>
        <source>Add word</source>
        <translation>添加词语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="52"/>
        <source>Save words</source>
        <translation>保存敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="64"/>
        <source>block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="64"/>
        <source>mask</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="64"/>
        <source>warn</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="65"/>
        <source>allow</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="82"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/agent_status.py" line="29"/>
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/user_messages.py" line="19"/>
        <source>You are still serving %n conversation(s): hand them over or close them first.</source>
        <translation>
            <numerusform>你还在接待 %n 个会话：请先转交或结束。</numerusform>
        </translation>
    </message>
</context>
</TS>
