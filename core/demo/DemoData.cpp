#include "DemoData.h"

namespace caiji {

namespace {
QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

const QString& DemoData::collegeName()
{
    static const QString name = QStringLiteral("承德应用技术职业学院");
    return name;
}

const QVector<DemoSchool>& DemoData::schools()
{
    static const QVector<DemoSchool> list = {
        {QStringLiteral("YX01"), QStringLiteral("机电工程学院"), QStringLiteral("机电"),
            split("机械制图 电工电子技术 液压与气动技术 PLC应用技术 机械设计基础 数控加工技术 传感器与检测技术 "
                  "电机与电气控制 工业机器人编程 CAD/CAM应用 公差配合与测量 金属材料与热处理 单片机应用技术 "
                  "汽车构造 新能源汽车电池技术 智能制造概论 机电设备维修 工业网络与组态")},
        {QStringLiteral("YX02"), QStringLiteral("信息工程学院"), QStringLiteral("信息"),
            split("程序设计基础 数据库原理与应用 计算机网络基础 Web前端开发 Java程序设计 Python程序设计 "
                  "Linux操作系统 数据结构 大数据技术导论 云计算平台运维 网络安全技术 人工智能基础 "
                  "物联网技术应用 软件测试 移动应用开发 数据可视化 微服务架构开发 路由与交换技术")},
        {QStringLiteral("YX03"), QStringLiteral("经济管理学院"), QStringLiteral("经管"),
            split("基础会计 财务会计 成本会计 经济法基础 管理学基础 市场营销 电子商务基础 网店运营 "
                  "统计基础 税务实务 审计基础 财务管理 会计信息系统 物流管理基础 供应链管理 直播电商实务 "
                  "商务数据分析 跨境电商实务")},
        {QStringLiteral("YX04"), QStringLiteral("建筑工程学院"), QStringLiteral("建工"),
            split("建筑制图与识图 建筑材料 建筑力学 建筑构造 建筑施工技术 工程测量 建筑工程计量与计价 "
                  "建设工程法规 BIM建模技术 钢筋混凝土结构 地基与基础 工程项目管理 建筑设备 室内设计原理 "
                  "装饰材料与施工 建筑CAD 招投标与合同管理 施工组织设计")},
        {QStringLiteral("YX05"), QStringLiteral("医学护理学院"), QStringLiteral("护理"),
            split("人体解剖学 生理学 病理学 药理学 基础护理学 内科护理 外科护理 妇产科护理 儿科护理 "
                  "急危重症护理 社区护理 护理伦理 健康评估 老年护理 中医护理 母婴护理 营养与膳食 医用化学")},
        {QStringLiteral("YX06"), QStringLiteral("旅游与艺术学院"), QStringLiteral("旅艺"),
            split("旅游学概论 导游业务 酒店服务与管理 旅游市场营销 承德历史文化 景区管理 前厅与客房管理 "
                  "餐饮服务与管理 设计素描 设计色彩 平面构成 Photoshop图像处理 视觉传达设计 数字媒体技术 "
                  "幼儿教育学 幼儿心理学 学前儿童游戏 钢琴基础")},
    };
    return list;
}

const QVector<DemoMajor>& DemoData::majors()
{
    static const QVector<DemoMajor> list = {
        {QStringLiteral("460104"), QStringLiteral("机械制造及自动化"), 0, QStringLiteral("机制")},
        {QStringLiteral("460101"), QStringLiteral("机械设计与制造"), 0, QStringLiteral("机设")},
        {QStringLiteral("460301"), QStringLiteral("机电一体化技术"), 0, QStringLiteral("机电")},
        {QStringLiteral("460303"), QStringLiteral("电气自动化技术"), 0, QStringLiteral("电气")},
        {QStringLiteral("460305"), QStringLiteral("工业机器人技术"), 0, QStringLiteral("机器人")},
        {QStringLiteral("460701"), QStringLiteral("汽车制造与试验技术"), 0, QStringLiteral("汽车")},
        {QStringLiteral("460702"), QStringLiteral("新能源汽车技术"), 0, QStringLiteral("新能源")},
        {QStringLiteral("460110"), QStringLiteral("数控技术"), 0, QStringLiteral("数控")},
        {QStringLiteral("510201"), QStringLiteral("计算机应用技术"), 1, QStringLiteral("计应")},
        {QStringLiteral("510202"), QStringLiteral("计算机网络技术"), 1, QStringLiteral("网络")},
        {QStringLiteral("510203"), QStringLiteral("软件技术"), 1, QStringLiteral("软件")},
        {QStringLiteral("510205"), QStringLiteral("大数据技术"), 1, QStringLiteral("大数据")},
        {QStringLiteral("510206"), QStringLiteral("云计算技术应用"), 1, QStringLiteral("云计算")},
        {QStringLiteral("510207"), QStringLiteral("信息安全技术应用"), 1, QStringLiteral("信安")},
        {QStringLiteral("510209"), QStringLiteral("人工智能技术应用"), 1, QStringLiteral("人工智能")},
        {QStringLiteral("510102"), QStringLiteral("物联网应用技术"), 1, QStringLiteral("物联网")},
        {QStringLiteral("510101"), QStringLiteral("电子信息工程技术"), 1, QStringLiteral("电信")},
        {QStringLiteral("530302"), QStringLiteral("大数据与会计"), 2, QStringLiteral("会计")},
        {QStringLiteral("530301"), QStringLiteral("大数据与财务管理"), 2, QStringLiteral("财管")},
        {QStringLiteral("530303"), QStringLiteral("大数据与审计"), 2, QStringLiteral("审计")},
        {QStringLiteral("530701"), QStringLiteral("电子商务"), 2, QStringLiteral("电商")},
        {QStringLiteral("530702"), QStringLiteral("跨境电子商务"), 2, QStringLiteral("跨境")},
        {QStringLiteral("530802"), QStringLiteral("现代物流管理"), 2, QStringLiteral("物流")},
        {QStringLiteral("530605"), QStringLiteral("市场营销"), 2, QStringLiteral("营销")},
        {QStringLiteral("440301"), QStringLiteral("建筑工程技术"), 3, QStringLiteral("建工")},
        {QStringLiteral("440501"), QStringLiteral("工程造价"), 3, QStringLiteral("造价")},
        {QStringLiteral("440502"), QStringLiteral("建设工程管理"), 3, QStringLiteral("建管")},
        {QStringLiteral("440106"), QStringLiteral("建筑室内设计"), 3, QStringLiteral("室内")},
        {QStringLiteral("440101"), QStringLiteral("建筑设计"), 3, QStringLiteral("建设")},
        {QStringLiteral("440401"), QStringLiteral("建筑设备工程技术"), 3, QStringLiteral("设备")},
        {QStringLiteral("520201"), QStringLiteral("护理"), 4, QStringLiteral("护理")},
        {QStringLiteral("520202"), QStringLiteral("助产"), 4, QStringLiteral("助产")},
        {QStringLiteral("520301"), QStringLiteral("药学"), 4, QStringLiteral("药学")},
        {QStringLiteral("520801"), QStringLiteral("康复治疗技术"), 4, QStringLiteral("康复")},
        {QStringLiteral("520802"), QStringLiteral("老年保健与管理"), 4, QStringLiteral("老保")},
        {QStringLiteral("540101"), QStringLiteral("旅游管理"), 5, QStringLiteral("旅管")},
        {QStringLiteral("540106"), QStringLiteral("酒店管理与数字化运营"), 5, QStringLiteral("酒店")},
        {QStringLiteral("550102"), QStringLiteral("视觉传达设计"), 5, QStringLiteral("视传")},
        {QStringLiteral("550103"), QStringLiteral("数字媒体艺术设计"), 5, QStringLiteral("数媒")},
        {QStringLiteral("570102"), QStringLiteral("学前教育"), 5, QStringLiteral("学前")},
    };
    return list;
}

const QStringList& DemoData::surnames()
{
    static const QStringList list
        = split("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 "
                "程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 "
                "范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 "
                "尹 黎 易 常 武 乔 贺 赖 龚 文 庞 樊 兰 殷 施 陶 洪 翟 安 颜 倪 严 牛 温 芦 季 俞 章 鲁 葛 "
                "伍 韦 申 尤 毕 聂 丛 焦 向 柳 邢 路 岳 齐 沿 梅 莫 庄 辛 管 祝 左 涂 谷 祁 时 舒 耿 牟 卜");
    return list;
}

const QStringList& DemoData::givenChars()
{
    static const QStringList list
        = split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 鹏 飞 "
                "鑫 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 欣 佳 嘉 琪 雪 晨 阳 梓 涵 子 轩 博 文 思 雨 泽 "
                "瑞 晓 诗 悦 睿 一 可 心 怡 然 昊 天 志 海 波 辉 丹 婷 颖 倩 慧 莉 亮 斌 楠 蕾 琳 璐 "
                "建 国 新 春 立 东 振 兴 永 成 德 福 秋 冬 梅 兰 菊 松 柏 峰 岩 晶 莹 彤 馨 妍 蕊");
    return list;
}

const QStringList& DemoData::commonCourses()
{
    static const QStringList list
        = split("思想道德与法治 毛泽东思想和中国特色社会主义理论体系概论 习近平新时代中国特色社会主义思想概论 "
                "形势与政策 大学英语 高等数学 大学体育 信息技术 军事理论 大学生心理健康教育 "
                "职业生涯规划与就业指导 创新创业基础 劳动教育 中华优秀传统文化 应用文写作 国家安全教育");
    return list;
}

const QVector<QPair<QString, QString>>& DemoData::regions()
{
    static const QVector<QPair<QString, QString>> list = {
        {QStringLiteral("130802"), QStringLiteral("河北省承德市双桥区")},
        {QStringLiteral("130803"), QStringLiteral("河北省承德市双滦区")},
        {QStringLiteral("130821"), QStringLiteral("河北省承德市承德县")},
        {QStringLiteral("130822"), QStringLiteral("河北省承德市兴隆县")},
        {QStringLiteral("130824"), QStringLiteral("河北省承德市滦平县")},
        {QStringLiteral("130825"), QStringLiteral("河北省承德市隆化县")},
        {QStringLiteral("130826"), QStringLiteral("河北省承德市丰宁满族自治县")},
        {QStringLiteral("130827"), QStringLiteral("河北省承德市宽城满族自治县")},
        {QStringLiteral("130828"), QStringLiteral("河北省承德市围场满族蒙古族自治县")},
        {QStringLiteral("130881"), QStringLiteral("河北省承德市平泉市")},
        {QStringLiteral("130102"), QStringLiteral("河北省石家庄市长安区")},
        {QStringLiteral("130203"), QStringLiteral("河北省唐山市路北区")},
        {QStringLiteral("130302"), QStringLiteral("河北省秦皇岛市海港区")},
        {QStringLiteral("130602"), QStringLiteral("河北省保定市竞秀区")},
        {QStringLiteral("130702"), QStringLiteral("河北省张家口市桥东区")},
        {QStringLiteral("131002"), QStringLiteral("河北省廊坊市安次区")},
        {QStringLiteral("131102"), QStringLiteral("河北省衡水市桃城区")},
        {QStringLiteral("130402"), QStringLiteral("河北省邯郸市邯山区")},
        {QStringLiteral("130502"), QStringLiteral("河北省邢台市襄都区")},
        {QStringLiteral("130902"), QStringLiteral("河北省沧州市新华区")},
    };
    return list;
}

const QStringList& DemoData::highSchools()
{
    static const QStringList list
        = split("承德市第一中学 承德市第二中学 承德市实验中学 承德县第一中学 兴隆县第一中学 滦平县第一中学 "
                "隆化县存瑞中学 丰宁满族自治县第一中学 宽城满族自治县中学 围场满族蒙古族自治县第一中学 "
                "平泉市第一中学 石家庄市第四十二中学 唐山市第十一中学 秦皇岛市第五中学 保定市第三中学 "
                "承德工业学校 承德技师学院 张家口市第一中学 廊坊市第八中学 衡水市第二中学");
    return list;
}

const QStringList& DemoData::companies()
{
    static const QStringList list
        = split("承德钢铁集团有限公司 承德露露股份有限公司 承德热河克罗尼仪表有限公司 承德苏垦银河连杆有限公司 "
                "河北承德避暑山庄旅游集团有限公司 承德市中心医院 承德医学院附属医院 承德建工集团有限责任公司 "
                "北京京东世纪贸易有限公司 华为技术有限公司 新华三技术有限公司 中国建筑第八工程局有限公司 "
                "长城汽车股份有限公司 北汽福田汽车股份有限公司 承德银行股份有限公司 国网冀北电力有限公司承德供电公司");
    return list;
}

} // namespace caiji
