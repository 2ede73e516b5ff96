<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AutomationPage</name>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="211"/>
        <source>Welcome (a new customer&apos;s first message)</source>
        <translation>欢迎语（新客户的第一条消息）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="212"/>
        <location filename="../../desktop/ui/automation_page.py" line="227"/>
        <source>Outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="213"/>
        <location filename="../../desktop/ui/automation_page.py" line="228"/>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="214"/>
        <location filename="../../desktop/ui/automation_page.py" line="229"/>
        <source>Holiday mode</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="215"/>
        <source>Busy (every agent at their maximum)</source>
        <translation>客服繁忙（所有客服都已满负荷）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="216"/>
        <source>Only an image or emoji</source>
        <translation>只发了图片或表情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="217"/>
        <source>Order card received</source>
        <translation>收到订单卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="218"/>
        <source>Nudge (a customer kept waiting)</source>
        <translation>催促安抚（客户等待过久）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="241"/>
        <source>Templates &amp; auto-reply</source>
        <translation>快捷回复与自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="242"/>
        <source>REPLY TEMPLATES — type “/” and a shortcut or pinyin initials in the composer</source>
        <translation>快捷回复 — 在输入框输入“/”加快捷码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="244"/>
        <location filename="../../desktop/ui/automation_page.py" line="274"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="244"/>
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="245"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="245"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="246"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="248"/>
        <source>Variables: {customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no}</source>
        <translation>可用变量：{customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="251"/>
        <source>Save template</source>
        <translation>保存快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="252"/>
        <location filename="../../desktop/ui/automation_page.py" line="294"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="253"/>
        <source>AUTOMATIC REPLIES — when the shop answers by itself</source>
        <translation>自动回复 — 店铺自动应答的场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="255"/>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="230"/>
        <location filename="../../desktop/ui/automation_page.py" line="255"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="223"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="224"/>
        <source>Emoji</source>
        <translation>表情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="223"/>
        <source>Text</source>
        <comment>a message kind</comment>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="224"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="225"/>
        <source>Product card</source>
        <translation>商品卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="226"/>
        <source>Order card</source>
        <translation>订单卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="226"/>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="227"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="229"/>
        <source>Closed day</source>
        <translation>店铺休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="230"/>
        <location filename="../../desktop/ui/automation_page.py" line="256"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="233"/>
        <source>any kind</source>
        <translation>不限类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="235"/>
        <source>any channel</source>
        <translation>不限渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="236"/>
        <source>any language</source>
        <translation>不限语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="237"/>
        <source>at any time</source>
        <translation>不限时段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="257"/>
        <source>Never the same reply twice within (minutes)</source>
        <translation>同一条自动回复的最短间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="258"/>
        <source>Share new conversations</source>
        <translation>新会话分配方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="259"/>
        <source>Close quiet conversations after (hours, 0 = never)</source>
        <translation>客户无回复多久后自动结束（小时，0 = 不自动）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="260"/>
        <source>Nudge a waiting customer after (minutes, 0 = never)</source>
        <translation>客户等待多久后发送安抚（分钟，0 = 不发送）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="262"/>
        <source>to the least busy agent</source>
        <translation>分给最空闲的客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="263"/>
        <source>in turn (round-robin)</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="264"/>
        <source>SENSITIVE WORDS — your own, besides the starter list (block, mask with *, warn, or allow)</source>
        <translation>敏感词 — 在内置词库之外的自定义词（拦截、用 * 屏蔽、提醒或放行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="266"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="266"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="267"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="268"/>
        <source>Add word</source>
        <translation>添加词语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="269"/>
        <source>Save words</source>
        <translation>保存敏感词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="270"/>
        <source>Save replies</source>
        <translation>保存自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="271"/>
        <source>RULES — the first that matches a message acts; drag to reorder, tick to switch on</source>
        <translation>规则 — 按顺序匹配，第一条命中的规则生效；拖动调整顺序，勾选启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="274"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="274"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="275"/>
        <source>Message kinds</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="275"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="275"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="276"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="276"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="276"/>
        <source>Schedule states</source>
        <translation>营业状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="277"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="277"/>
        <source>Answer when the match is at least</source>
        <translation>匹配度至少为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="278"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="278"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="278"/>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="279"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="279"/>
        <source>Or to a tier</source>
        <translation>或分配给级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="282"/>
        <source>any customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="282"/>
        <source>VIP customers</source>
        <translation>VIP 客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="283"/>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="285"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="286"/>
        <source>Answer from the knowledge base</source>
        <translation>用知识库回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="287"/>
        <source>comma separated, e.g. 退款, 退货, refund</source>
        <translation>用逗号分隔，例如：退款, 退货, refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="288"/>
        <source>Escalate to a senior agent</source>
        <translation>升级给资深客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="290"/>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="290"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="291"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="293"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="295"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="296"/>
        <source>Test on a message, e.g. 什么时候发货</source>
        <translation>用一条消息试试，例如：什么时候发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="297"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="298"/>
        <source>Simulate a file for this period…</source>
        <translation>用文件模拟这段时间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="307"/>
        <source>(routing decides)</source>
        <translation>（按分配规则）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="381"/>
        <source>To {0}: {1}</source>
        <translation>发给 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="392"/>
        <location filename="../../desktop/ui/automation_page.py" line="407"/>
        <location filename="../../desktop/ui/automation_page.py" line="433"/>
        <location filename="../../desktop/ui/automation_page.py" line="486"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="415"/>
        <source>block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="415"/>
        <source>mask</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="415"/>
        <source>warn</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="416"/>
        <source>allow</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="471"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="514"/>
        <source>Nothing would be done.</source>
        <translation>不会做任何处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="524"/>
        <source>… and {0} more</source>
        <translation>……另有 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="534"/>
        <source>Simulate</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="535"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk 数据文件 (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="541"/>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="160"/>
        <source>BACKUPS</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="161"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="162"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="163"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="164"/>
        <source>Keep messages for (days)</source>
        <translation>消息保留天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="171"/>
        <source>Backups go to {0}</source>
        <translation>备份保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="175"/>
        <source>No backup yet. One is taken every day and when you quit; a synced folder (OneDrive, Dropbox, 坚果云) keeps a copy off this computer.</source>
        <translation>还没有备份。每天以及退出时会自动备份；备份到同步文件夹（OneDrive、Dropbox、坚果云）可以在电脑之外再留一份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="181"/>
        <source>{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, verified, SHA-256 {3}…</source>
        <translation>保留 {0} 份备份（7 份每日、4 份每周、12 份每月）。最新：{1}，{2:.1f} MB，已校验，SHA-256 {3}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="189"/>
        <source>The shop database itself is in {0}. Syncing a live database can damage it: move it to a local folder and let backups go to the synced folder instead.</source>
        <translation>店铺数据库本身位于 {0} 中。同步正在使用的数据库可能损坏数据：请把数据库移到本地文件夹，只把备份放到同步文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="194"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="201"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="215"/>
        <location filename="../../desktop/ui/jobs_card.py" line="220"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="217"/>
        <source>ShopDesk backups (*.sqlite)</source>
        <translation>ShopDesk 备份 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="221"/>
        <source>Replace all of the shop&apos;s data with this backup&apos;s? The current data is backed up first, so this can be undone.</source>
        <translation>用这份备份替换店铺的全部数据？当前数据会先备份，可以撤回。</translation>
    </message>
</context>
<context>
    <name>ChannelsCard</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="73"/>
        <source>CHANNELS</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="74"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="75"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="75"/>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="76"/>
        <source>Add webhook…</source>
        <translation>添加 Webhook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="77"/>
        <source>Add e-mail…</source>
        <translation>添加邮箱…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="78"/>
        <source>Add TikTok Shop…</source>
        <translation>添加 TikTok Shop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="79"/>
        <source>Receive on this desktop</source>
        <translation>由本机收发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="81"/>
        <source>Only one desktop of the team fetches a channel and sends its replies, so customers never get the same answer three times</source>
        <translation>团队中只由一台电脑收取该渠道的消息并发送回复，客户不会收到重复的回答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="83"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="84"/>
        <source>Pause / resume</source>
        <translation>暂停 / 恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="85"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="86"/>
        <source>No channel yet: add your mailbox, TikTok Shop or a webhook with the buttons below.</source>
        <translation>还没有接入渠道：用下方按钮添加邮箱、TikTok Shop 或 Webhook。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="89"/>
        <source>E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords and tokens are kept in the system keychain.</source>
        <translation>邮件和 TikTok Shop 每分钟收取一次；Webhook 让任何中转程序（抖音/飞鸽中转、网站客服）把消息送到这台电脑。密码和令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="99"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="102"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="103"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="103"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="105"/>
        <source>Received on another desktop</source>
        <translation>由另一台电脑收发</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="142"/>
        <source>Webhook added</source>
        <translation>已添加 Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="143"/>
        <source>Bridges deliver messages to
  http://127.0.0.1:{0}/messages
with the header
  Authorization: Bearer {1}

The endpoint starts with the app (restart it now).</source>
        <translation>中转程序把消息发送到
  http://127.0.0.1:{0}/messages
并带上请求头
  Authorization: Bearer {1}

接收端随应用启动（请现在重启应用）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="148"/>
        <source>Add e-mail</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="149"/>
        <location filename="../../desktop/ui/channels_card.py" line="164"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="149"/>
        <source>Address / user</source>
        <translation>邮箱地址 / 用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="150"/>
        <source>Password or app password</source>
        <translation>密码或授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="151"/>
        <source>IMAP server</source>
        <translation>IMAP 服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="152"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="153"/>
        <source>Security (ssl / starttls)</source>
        <translation>加密方式（ssl / starttls）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="163"/>
        <source>Add TikTok Shop</source>
        <translation>添加 TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="187"/>
        <source>Testing {0}…</source>
        <translation>正在测试 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="200"/>
        <source>Remove channel</source>
        <translation>移除渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="201"/>
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
        <location filename="../../desktop/ui/close_dialog.py" line="19"/>
        <location filename="../../desktop/ui/close_dialog.py" line="29"/>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="20"/>
        <source>The customer&apos;s question is resolved</source>
        <translation>客户的问题已解决</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="22"/>
        <source>Send the closing message first:</source>
        <translation>先发送结束语：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="34"/>
        <source>Closing ends the customer&apos;s wait and counts toward your resolution rate.</source>
        <translation>结束会话后客户不再计入等待，并计入解决率。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="65"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="66"/>
        <source>Write a note only your team sees</source>
        <translation>写一条只有团队能看到的备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="67"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="68"/>
        <location filename="../../desktop/ui/composer.py" line="97"/>
        <source>Attach an image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="69"/>
        <location filename="../../desktop/ui/composer.py" line="77"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="70"/>
        <source>Ctrl+Enter to send · / for templates</source>
        <translation>Ctrl+Enter 发送 · 输入“/”调用快捷回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="75"/>
        <source>Write an internal note (the customer does not see it)…</source>
        <translation>写内部备注（客户看不到）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="76"/>
        <source>Reply to the customer…</source>
        <translation>回复客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="77"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="106"/>
        <source>{0} image(s) attached</source>
        <translation>已添加 {0} 张图片</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../desktop/ui/conversation_delegate.py" line="124"/>
        <source>You: </source>
        <translation>我方：</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="99"/>
        <source>Unassigned</source>
        <translation>待分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="99"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="100"/>
        <source>All open</source>
        <translation>全部进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="100"/>
        <source>Waiting on us</source>
        <translation>待回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="101"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="101"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="102"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="112"/>
        <source>Longest waiting</source>
        <translation>等待最久</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="113"/>
        <source>Newest</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="114"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="124"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="126"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="127"/>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="211"/>
        <source>No one is waiting for an agent. Well done!</source>
        <translation>没有待分配的客户，干得漂亮！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="212"/>
        <source>Nothing assigned to you. Take one from “Unassigned”.</source>
        <translation>暂时没有分配给你的会话，可以从“待分配”里接待一个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="214"/>
        <source>Choose who works at this desktop in Settings to see your own conversations here.</source>
        <translation>请先在“设置”中选择在这台电脑上工作的客服，这里就会显示你的会话。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="216"/>
        <source>No customer is waiting for an answer.</source>
        <translation>没有等待回复的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="217"/>
        <source>Nothing snoozed. Snooze a conversation to hide it until a time or until the customer replies.</source>
        <translation>没有暂缓的会话。暂缓后，会话会隐藏到指定时间或客户再次发消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="219"/>
        <source>Closed conversations will be listed here.</source>
        <translation>已结束的会话会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="220"/>
        <source>No open conversations with VIP customers. Mark a customer as VIP from the customer panel.</source>
        <translation>没有进行中的 VIP 客户会话。可在右侧客户资料中把客户设为 VIP。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="225"/>
        <source>No open conversations. New messages appear here as they arrive; to bring in history use File › Import, or try the demo shop.</source>
        <translation>没有进行中的会话。新消息到达后会自动显示在这里；导入历史记录请用“文件 › 导入”，也可以先打开演示店铺看看。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="142"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="142"/>
        <location filename="../../desktop/ui/conversation_view.py" line="287"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="143"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="143"/>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="144"/>
        <location filename="../../desktop/ui/conversation_view.py" line="202"/>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="144"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="147"/>
        <source>Choose a conversation on the left to read and answer it.
New customer messages appear there by themselves.</source>
        <translation>在左侧选择一个会话即可查看和回复。
客户的新消息会自动出现在列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="190"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="190"/>
        <source>Pending</source>
        <translation>待客户回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="191"/>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="191"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="195"/>
        <source>Agent: {0}</source>
        <translation>客服：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="201"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="208"/>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="208"/>
        <source>Normal priority</source>
        <translation>普通优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="209"/>
        <source>High priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="209"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="216"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="224"/>
        <source>New tag…</source>
        <translation>新标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="226"/>
        <source>Remove “{0}”</source>
        <translation>移除“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="237"/>
        <source>Until the customer replies</source>
        <translation>直到客户回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="238"/>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="239"/>
        <source>Until tomorrow 09:00</source>
        <translation>到明天 09:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="241"/>
        <source>Until next week</source>
        <translation>到下周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="242"/>
        <source>Choose a time…</source>
        <translation>选择时间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="245"/>
        <source>Set category…</source>
        <translation>设置分类…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="246"/>
        <source>Remove VIP</source>
        <translation>取消 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="246"/>
        <source>Mark VIP</source>
        <translation>设为 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="249"/>
        <source>Export transcript…</source>
        <translation>导出聊天记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="272"/>
        <source>Snooze until</source>
        <translation>暂缓到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="287"/>
        <source>Tag name:</source>
        <translation>标签名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="293"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="293"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="342"/>
        <source>Knowledge base:</source>
        <translation>知识库：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="347"/>
        <source>match {0:.0%} · Ctrl+{1}</source>
        <translation>匹配度 {0:.0%} · Ctrl+{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="387"/>
        <source>No matching reply template. Templates are set up on the Templates &amp; auto-reply page.</source>
        <translation>没有匹配的快捷回复。可在“快捷回复与自动回复”页面中设置。</translation>
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
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="76"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="77"/>
        <source>Earlier conversations</source>
        <translation>历史会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="78"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="79"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="80"/>
        <source>Add a note about this customer…</source>
        <translation>添加客户备注…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="89"/>
        <source>Select a conversation to see the customer here.</source>
        <translation>选择会话后，这里会显示客户资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="96"/>
        <source>Remove VIP</source>
        <translation>取消 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="96"/>
        <source>Mark VIP</source>
        <translation>设为 VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="97"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="97"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="98"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="99"/>
        <source>Channel: {0}</source>
        <translation>渠道：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="100"/>
        <source>Customer id: {0}</source>
        <translation>客户 ID：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="101"/>
        <source>Language: {0}</source>
        <translation>语言：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="105"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="264"/>
        <source>Double-click a row to list its inquiries</source>
        <translation>双击一行查看对应的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="294"/>
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
        <location filename="../../desktop/ui/dashboard_page.py" line="109"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="113"/>
        <source>Today so far</source>
        <translation>今天（截至现在）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="114"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="115"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="116"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="122"/>
        <source>Click to list the inquiries behind it</source>
        <translation>点击查看对应的咨询明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="123"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="125"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="127"/>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="135"/>
        <source>Service score</source>
        <translation>服务分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="181"/>
        <source>30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each scored 0–100 against its target</source>
        <translation>响应速度占 30%（{0}）、解决率占 50%（{1}）、满意度占 20%（{2}）；每项按目标折算为 0–100 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="186"/>
        <source>yesterday at this time</source>
        <translation>昨天同一时刻</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="187"/>
        <source>the day before</source>
        <translation>前一天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="188"/>
        <source>the %n days before</source>
        <translation>
            <numerusform>之前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="189"/>
        <source>Updated {0} · ▲▼ against {1}</source>
        <translation>更新于 {0} · ▲▼ 对比{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="230"/>
        <source>Inquiries not responded within 24 hours</source>
        <translation>24 小时内未回复的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="231"/>
        <source>Inquiries without a person&apos;s reply within 3 minutes</source>
        <translation>3 分钟内无人工回复的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="232"/>
        <source>Inquiries handled by auto-reply</source>
        <translation>由自动回复接待的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="233"/>
        <source>Inquiries still waiting</source>
        <translation>仍在等待回复的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="235"/>
        <source>Inquiries begun at {0}:00</source>
        <translation>{0} 点开始的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="236"/>
        <source>Inquiries of {0}</source>
        <translation>{0} 的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="237"/>
        <source>Inquiries on {0}</source>
        <translation>{0} 渠道的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="238"/>
        <source>Inquiries {0} answered first</source>
        <translation>{0} 首次接待的咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="239"/>
        <source>Inquiries by first response time</source>
        <translation>按首次响应时长查看咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="136"/>
        <source>24-hour response rate</source>
        <translation>24 小时回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="130"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="137"/>
        <source>3-minute reply rate</source>
        <translation>3 分钟人工回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="126"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="130"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="138"/>
        <source>First response (median)</source>
        <translation>首次响应（中位数）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="139"/>
        <source>Handled by auto-reply</source>
        <translation>自动回复接待占比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="140"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="141"/>
        <source>Satisfaction (4–5 stars)</source>
        <translation>满意度（4–5 星）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="142"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="234"/>
        <source>Inquiries</source>
        <translation>咨询量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="129"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="129"/>
        <source>Replies</source>
        <translation>回复数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="129"/>
        <source>Inquiries answered first</source>
        <translation>首次接待咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="131"/>
        <source>Closed / resolved</source>
        <translation>结束 / 已解决</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="113"/>
        <source>Something went wrong; a report was saved to {0}</source>
        <translation>出现了意外错误，错误报告已保存到 {0}</translation>
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
        <location filename="../../desktop/ui/formatting.py" line="32"/>
        <location filename="../../desktop/ui/formatting.py" line="65"/>
        <source>{0}s</source>
        <translation>{0}秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="34"/>
        <source>{0}m {1:02d}s</source>
        <translation>{0}分{1:02d}秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="36"/>
        <source>{0}h {1:02d}m</source>
        <translation>{0}小时{1:02d}分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="39"/>
        <source>{0}d {1}h</source>
        <translation>{0}天{1}小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="67"/>
        <source>{0}m</source>
        <translation>{0}分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="69"/>
        <source>{0}h</source>
        <translation>{0}小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="70"/>
        <source>{0}d</source>
        <translation>{0}天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="76"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="78"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="69"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="70"/>
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
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="80"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="80"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="81"/>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="81"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="87"/>
        <source>{0} · next {1}</source>
        <translation>{0} · 下次 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="99"/>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="150"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="151"/>
        <source>Search articles, or paste a customer&apos;s message</source>
        <translation>搜索文章，或粘贴一条客户消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="152"/>
        <source>Import Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="153"/>
        <source>Export Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="154"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="154"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="155"/>
        <source>Questions (one per line)</source>
        <translation>问法（每行一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="156"/>
        <source>Offered by agents&apos; answers</source>
        <translation>从客服回复中学到的问法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="157"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="157"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="158"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="158"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="159"/>
        <source>Linked products</source>
        <translation>关联商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="159"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="162"/>
        <source>When an agent answers a customer with this article, the customer&apos;s words are offered here as a new way of asking; double-click one to add it</source>
        <translation>客服用这篇文章回答客户时，客户的原话会出现在这里作为新的问法；双击即可加入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="164"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="165"/>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="167"/>
        <source>The answer customers get. Images and links are sent with it.</source>
        <translation>发给客户的答案，图片和链接会一并发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="168"/>
        <source>e.g. 物流, 大促 (comma-separated)</source>
        <translation>如：物流，大促（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="169"/>
        <source>product ids, comma-separated</source>
        <translation>商品 ID，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="170"/>
        <source>review every (days)</source>
        <translation>复核周期（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="172"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="175"/>
        <source>from (YYYY-MM-DD, optional)</source>
        <translation>开始日期（选填，如 2026-11-01）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="176"/>
        <source>until (YYYY-MM-DD, optional)</source>
        <translation>结束日期（选填，如 2026-11-11）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="177"/>
        <source>Save article</source>
        <translation>保存文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="178"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="179"/>
        <source>Mark reviewed</source>
        <translation>标记为已复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="180"/>
        <source>QUESTIONS THE BASE MISSED THIS WEEK — click one to draft an article</source>
        <translation>本周知识库没答上的问题 — 点击一条起草文章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="191"/>
        <source>(no category)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="203"/>
        <source>No articles yet. Write your first answer on the right, or import an FAQ from Excel.</source>
        <translation>还没有文章。在右侧写下第一条答案，或从 Excel 导入常见问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="206"/>
        <source>{0} article(s) due for review or expired.</source>
        <translation>{0} 篇文章需要复核或已过期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="207"/>
        <source>All articles are up to date.</source>
        <translation>所有文章都是最新的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="213"/>
        <source>{0}× {1}</source>
        <translation>{0}次 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="223"/>
        <source>A draft from the customers&apos; own words: check it and save.</source>
        <translation>已按客户的原话起草：检查后保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="272"/>
        <source>Double-click to add as a question phrasing</source>
        <translation>双击加入问法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="286"/>
        <source>Insert an image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="287"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="293"/>
        <location filename="../../desktop/ui/kb_page.py" line="296"/>
        <source>Insert a link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="293"/>
        <source>Address:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="297"/>
        <source>Words to show:</source>
        <translation>显示文字：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="324"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="341"/>
        <source>Import FAQ</source>
        <translation>导入常见问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="342"/>
        <location filename="../../desktop/ui/kb_page.py" line="356"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="348"/>
        <source>Added {0}, updated {1}, skipped {2}.</source>
        <translation>新增 {0}，更新 {1}，跳过 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="350"/>
        <source>Row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="355"/>
        <source>Export FAQ</source>
        <translation>导出常见问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="359"/>
        <source>Exported {0} articles.</source>
        <translation>已导出 {0} 篇文章。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>ShopDesk — customer service desk</source>
        <translation>ShopDesk 客服工作台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Inbox</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Auto-reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Schedule</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>Import history…</source>
        <translation>导入历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Export everything…</source>
        <translation>导出全部数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>Next conversation</source>
        <translation>下一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>Previous conversation</source>
        <translation>上一个会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>Write a reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Close conversation</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>About ShopDesk</source>
        <translation>关于 ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <location filename="../../desktop/ui/main_window.py" line="298"/>
        <source> (+{0} more)</source>
        <translation>（另有 {0} 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>ShopDesk — {0} conversation(s) need you</source>
        <translation>ShopDesk — {0} 个会话需要处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <source>This week {0} customer questions in {1} groups found no answer in the knowledge base.</source>
        <translation>本周有 {0} 个客户问题（{1} 类）在知识库中找不到答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="286"/>
        <source>Review them</source>
        <translation>去看看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="289"/>
        <source>{0} failed: {1}</source>
        <translation>{0}失败：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>ShopDesk reminder</source>
        <translation>ShopDesk 提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>The daily report for {0} is ready.</source>
        <translation>{0} 的日报已生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Open report</source>
        <translation>打开日报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>The report for {0} is ready: click to open it</source>
        <translation>{0} 的日报已生成，点击打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>Import history</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk 数据文件 (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>Imported {0} messages and {1} events; {2} lines refused.</source>
        <translation>已导入 {0} 条消息和 {1} 个事件；{2} 行未能导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="361"/>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="363"/>
        <source>Import finished with problems</source>
        <translation>导入完成，但有问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374"/>
        <source>Export everything</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="381"/>
        <source>Exported {0} lines.</source>
        <translation>已导出 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>ShopDesk {0}
The helpdesk for small online shops.</source>
        <translation>ShopDesk {0}
为小网店打造的客服工作台。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <source>ShopDesk closed unexpectedly last time. Nothing you stored was lost; a report was saved to {0}.</source>
        <translation>ShopDesk 上次意外关闭了。已保存的内容都没有丢失；问题报告保存在 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>The backup was restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="25"/>
        <source>{0} has been waiting for a reply</source>
        <translation>{0} 正在等待回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="27"/>
        <source>{0} is close to the 3-minute reply target</source>
        <translation>{0} 即将超过 3 分钟回复时限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="29"/>
        <source>{0} has waited 20 hours: reply before the 24-hour window ends</source>
        <translation>{0} 已等待 20 小时，请在 24 小时内回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="32"/>
        <source>A snoozed conversation is back</source>
        <translation>稍后处理的会话已到时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="34"/>
        <source>{0}&apos;s complaint is still open after 48 hours</source>
        <translation>{0} 的投诉超过 48 小时仍未结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="37"/>
        <source>{0} has not replied for 24 hours: send the closing message and close</source>
        <translation>{0} 已 24 小时未回复，请发送结束语并结束会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="40"/>
        <source>{0} knowledge-base articles are due for review</source>
        <translation>有 {0} 篇知识库文章需要复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="43"/>
        <source>Holiday mode starts tomorrow at {0}</source>
        <translation>休假模式将于明天 {0} 开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="45"/>
        <source>Holiday mode ends tomorrow at {0}</source>
        <translation>休假模式将于明天 {0} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="47"/>
        <source>Shift handover at {0}: {1} off, {2} on</source>
        <translation>{0} 交接班：{1} 下班，{2} 上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="50"/>
        <source>{0}: {1} took this conversation at the same time; it is theirs now</source>
        <translation>{0}：{1} 同时接待了这个会话，现在由 TA 负责</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="53"/>
        <source>Complaint surge: {0} complaints in the last hour</source>
        <translation>投诉激增：最近一小时 {0} 个投诉</translation>
    </message>
</context>
<context>
    <name>RemindersButton</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="83"/>
        <source>🔔 {0}</source>
        <translation>🔔 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_button.py" line="84"/>
        <source>%n open reminders</source>
        <translation>
            <numerusform>%n 条未处理提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="90"/>
        <source>No reminders</source>
        <translation>没有提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="98"/>
        <source>Dismiss all</source>
        <translation>全部忽略</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="347"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="348"/>
        <source>Closed: outside working hours</source>
        <translation>休息中：非工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="349"/>
        <source>Closed: public holiday</source>
        <translation>休息中：法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="350"/>
        <source>Closed day</source>
        <translation>店铺休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="351"/>
        <source>Holiday mode</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="361"/>
        <source>closes at {0}</source>
        <translation>{0} 打烊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="362"/>
        <source>opens at {0}</source>
        <translation>{0} 开门</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="129"/>
        <source>Schedule</source>
        <translation>排班与工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="131"/>
        <source>WORKING HOURS — drag across the grid, or type exact times</source>
        <translation>工作时间 — 在格子上拖动，或输入准确时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="170"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="170"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="139"/>
        <source>Times like 09:00-12:00,13:30-18:00; “closed” for a day off. A range that ends before it starts runs past midnight (17:00-01:00); 24:00 ends a day.</source>
        <translation>格式如 09:00-12:00,13:30-18:00；休息日填“休息”。结束早于开始表示跨过午夜（17:00-01:00）；24:00 表示当天结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="143"/>
        <source>Save hours</source>
        <translation>保存工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="144"/>
        <source>HOLIDAY MODE</source>
        <translation>休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="145"/>
        <source>On now, until I switch it off</source>
        <translation>立即开启，直到手动关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="146"/>
        <source>Planned for these dates</source>
        <translation>按日期计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="148"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="148"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="148"/>
        <source>Reply to customers</source>
        <translation>给客户的自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="151"/>
        <source>Save holiday mode</source>
        <translation>保存休假模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="153"/>
        <source>PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)</source>
        <translation>法定节假日 — 未来 12 个月（勾选表示当天照常营业）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Open anyway</source>
        <translation>照常营业</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>Close the shop on the days of a calendar (.ics)…</source>
        <translation>从日历文件（.ics）导入休息日…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="159"/>
        <source>SHIFTS AND HANDOVER</source>
        <translation>排班与交接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="160"/>
        <source>Agent, e.g. 小李</source>
        <translation>客服，例如：小李</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="161"/>
        <source>e.g. daily 08:00-17:00</source>
        <translation>例如：周一至周五 08:00-17:00（或 每天 09:00-18:00）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="162"/>
        <source>Save shift</source>
        <translation>保存班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="164"/>
        <source>Handover note for the next shift (Enter to save)</source>
        <translation>给下一班的交接说明（回车保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="198"/>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="198"/>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="222"/>
        <source>No shifts yet.</source>
        <translation>还没有排班。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="261"/>
        <source>closed</source>
        <comment>a day without working hours</comment>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="276"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="317"/>
        <source>Import days off</source>
        <translation>导入休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="318"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="321"/>
        <source>{0} day(s) closed.</source>
        <translation>已设置 {0} 天休息。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="49"/>
        <source>Search all history: words, names, order ids (Ctrl+F)</source>
        <translation>搜索全部记录：关键词、客户名、订单号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="55"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="68"/>
        <source>{0} result(s)</source>
        <translation>共 {0} 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="69"/>
        <source>No results. Try fewer or shorter words.</source>
        <translation>没有结果，试试更少或更短的关键词。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="153"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="154"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="155"/>
        <source>Who works at this desktop</source>
        <translation>本机当前客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="156"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="156"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="157"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="157"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="159"/>
        <source>Add agent…</source>
        <translation>添加客服…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="160"/>
        <source>Play a sound when a new message arrives</source>
        <translation>新消息到达时播放提示音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="161"/>
        <source>TARGETS — green from, yellow from (below: red)</source>
        <translation>目标 — 绿色起、黄色起（低于为红色）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="162"/>
        <source>24-hour response rate</source>
        <translation>24 小时回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="163"/>
        <source>First response, mean (at most)</source>
        <translation>首次响应平均（不超过）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="164"/>
        <source>3-minute reply rate</source>
        <translation>3 分钟人工回复率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="165"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="166"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="170"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="171"/>
        <source>Green (on target)</source>
        <translation>绿色（达标）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="172"/>
        <source>Yellow (close)</source>
        <translation>黄色（接近）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="173"/>
        <source>Save targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="174"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="176"/>
        <source>Channels are below. History from elsewhere comes in with File › Import.</source>
        <translation>渠道见下方。其他来源的历史记录请用“文件 › 导入”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="184"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186"/>
        <source>owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186"/>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="202"/>
        <source>Unknown time zone: {0}</source>
        <translation>未知时区：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="206"/>
        <location filename="../../desktop/ui/settings_page.py" line="212"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>Add agent</source>
        <translation>添加客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="52"/>
        <source>Working hours and holiday mode — click to change</source>
        <translation>工作时间与休假模式 — 点击修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="53"/>
        <source>Sync: this desktop only</source>
        <translation>同步：仅本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="103"/>
        <source>Scheduler: idle</source>
        <translation>定时任务：空闲</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="56"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="51"/>
        <source>○ No channel connected yet (Settings › Channels)</source>
        <translation>○ 尚未接入渠道（设置 › 渠道）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="57"/>
        <source>● On a break</source>
        <translation>● 小休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="58"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="67"/>
        <source>● {0}: {1}</source>
        <translation>● {0}：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="71"/>
        <source>● %n channel(s) connected</source>
        <translation>
            <numerusform>● 已连接 %n 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="78"/>
        <source>Sync: {0}</source>
        <translation>同步：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="85"/>
        <source>Synced {0} · {1} waiting</source>
        <translation>已同步 {0} · {1} 条待发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="88"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform>· %n 条更改暂未应用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="90"/>
        <source>Changes from the team this desktop cannot apply yet (for example made by a newer ShopDesk). Everything else is in sync; they are tried again at every sync, and the owner sees them with &apos;shopdesk hub changes&apos;.</source>
        <translation>团队中有些更改本机暂时无法应用（例如由更新版本的 ShopDesk 做出）。其余内容均已同步；每次同步都会再试一次，店主可用“shopdesk hub changes”查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="95"/>
        <source> · this computer&apos;s clock is %n minute(s) off the team&apos;s</source>
        <translation>
            <numerusform>· 本机时钟与团队相差 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="104"/>
        <source>Scheduler: running {0}…</source>
        <translation>定时任务：正在运行{0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="123"/>
        <source>Holiday mode starts within a day: switch on the platforms&apos; own holiday mode too (TikTok Shop&apos;s takes about an hour to apply).</source>
        <translation>休假模式将在一天内开始：请同时在各平台开启休假模式（TikTok Shop 约需一小时生效）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="126"/>
        <source>Holiday mode ends within a day: remember to switch the platforms&apos; holiday mode off.</source>
        <translation>休假模式将在一天内结束：记得在各平台关闭休假模式。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="139"/>
        <source>Queue: nobody waiting</source>
        <translation>排队：无人等待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="143"/>
        <source>Queue: {0} waiting · longest {1}</source>
        <translation>排队：{0} 人等待 · 最久 {1}</translation>
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
    <name>Thread</name>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="29"/>
        <source>Show all ({0:,} characters)</source>
        <translation>显示全部（共 {0:,} 字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="39"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="49"/>
        <source>image not available</source>
        <translation>图片无法显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="56"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="57"/>
        <source>The customer sent an order</source>
        <translation>客户发送了订单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="60"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="80"/>
        <source>failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="83"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="89"/>
        <source>not sent yet: another computer may have sent it</source>
        <translation>尚未发送：可能已由另一台电脑发出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="93"/>
        <source>send it</source>
        <translation>确认发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="102"/>
        <source>queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="96"/>
        <location filename="../../desktop/ui/thread_html.py" line="105"/>
        <source>cancel</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="109"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="129"/>
        <source>Show {0} earlier messages</source>
        <translation>显示更早的 {0} 条消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="147"/>
        <source>{0} · internal note</source>
        <translation>{0} · 内部备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="153"/>
        <source>Auto-reply</source>
        <translation>自动回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="170"/>
        <source>No messages yet.</source>
        <translation>还没有消息。</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="210"/>
        <source>Add webhook</source>
        <translation>添加 Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="218"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="219"/>
        <source>Port on this computer</source>
        <translation>本机端口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="220"/>
        <source>Replies go to (optional)</source>
        <translation>回复发送到（可选）</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="85"/>
        <source>Welcome to ShopDesk</source>
        <translation>欢迎使用 ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>A few questions and your desk is ready. Everything can be changed later in Settings.</source>
        <translation>回答几个问题，工作台就准备好了。以后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Joining your team? Paste the join code the owner gave you and say who you are below: the shop&apos;s name, time zone and hours come from the team.</source>
        <translation>要加入团队？粘贴店主给你的加入码，并在下面填写你是谁：店铺名称、时区和营业时间都以团队的为准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="91"/>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="92"/>
        <source>Join the team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="93"/>
        <source>Or set up a new shop:</source>
        <translation>或者新建一个店铺：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="94"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="94"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="95"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="95"/>
        <source>Your role</source>
        <translation>你的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="96"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="98"/>
        <source>e.g. 小王</source>
        <translation>例如：小王</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="100"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="101"/>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Add a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Import history…</source>
        <translation>导入历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
</context>
</TS>
