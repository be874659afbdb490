// Keyword rules for requests written in other languages (zh, ja, ko, ru, vi, es, pt, fr, de, it, pl, tr), merged into
// the rules classifier. They matter twice: as the fallback classifier, and as the cheap features blended into the
// model's scores (the model has seen few non-English prompts). Patterns run against lower-cased text; CJK patterns
// cannot use \b (JavaScript word boundaries are ASCII-only), and Latin-script words are chosen so they do not also mean
// something else in an English prompt (no "resume", "programme", "histoire").
import type { TaskType } from '../shared/task-types.ts';

type Rule = readonly [RegExp, number];

export const MULTILINGUAL_RULES: Record<TaskType, readonly Rule[]> = {
  open_qa: [
    [/什么是|为什么|是什么|怎么(样|办|做)?|如何|なぜ|とは[何なに？?]|どうして|仕組み|무엇|왜 |어떻게|что такое|почему|как работает|зачем|là gì|tại sao|như thế nào|qué es|por qué|cómo funciona|o que é|por que |qu'est-ce que|pourquoi|comment fonctionne|was ist|warum|wie funktioniert|erklär|cos'è|perché|explique|explícame|explica(me)? |spiega(mi)? /u, 1],
  ],
  closed_qa: [
    [/根据(以下|上面|下面|这段|这篇|文章|材料)|(以下|次)の(文章|メール|記事)(によると|から)|本文によると|다음 (글|내용|기사)(을|에서|에 따르면)|согласно (тексту|письму|статье)|по (тексту|этому письму)|theo (đoạn|văn bản|bài)|según el texto|segundo o texto|selon (le|ce) texte|laut (dem|diesem) (text|schreiben)|secondo il testo/u, 3],
  ],
  summarization: [
    [/总结|概括|摘要|归纳|要約|まとめて|요약|резюмир|перескажи кратко|кратко (перескажи|изложи)|суть (текста|статьи)|tóm tắt|resumir|resúmel|resumen de|resuma|résumer|résume ce|zusammenfass|fasse .{0,30} zusammen|riassum|podsumuj|özetle/u, 3.4],
  ],
  creative_writing: [
    [/写(一首|一篇|一个|首|篇)|诗|小说|故事|歌词|作文|文案|演讲稿|致辞|詩|物語|小説|歌詞|キャッチコピー|스피치|시를|소설|이야기를|가사|стих|рассказ|сказк|песн|стиш|срифмуй|поздравлени|bài thơ|truyện|lời bài hát|bài phát biểu|poema|cuento|canción|relato|poème|chanson|conte |gedicht|liedtext|kurzgeschichte|racconto|poesia|wiersz|şiir/u, 2.6],
    // A message to write: "escribir un correo para pedir un aumento", "écrire un mail à", "写一封邮件", "メールを書いて".
    [/(escrib\w*|redact\w*|escrever|écri\w*|rédig\w*|schreib\w*|scriv\w*|napisz|напиши|составь)\s+(me |-moi |mir |mi |\p{L}{1,3} )?(un |una |um |uma |une |eine?n? |lo |il |письмо|сообщение)?\s*(correo|carta|mensaje|e-?mail|mail|lettre|message|brief|nachricht|lettera|messaggio|list|письмо|сообщение|поздравление)|写一封|写封|(メール|手紙)を書いて|(이메일|편지)을? 써/u, 2.4],
  ],
  code: [
    [/代码|程序|函数|编程|报错|脚本|コード|関数|スクリプト|エラー|코드|함수|스크립트|код|функци|скрипт|ошибк[аеу] в коде|lập trình|mã nguồn|đoạn mã|código|função|función|fonction |funktion(en)?(?!\p{L})|(?<!\p{L})skript|codice|kod /u, 2],
  ],
  reasoning: [
    [/计算|求解|概率|证明|多少(钱|个|天|小时|米)|計算|確率|証明|求めよ|계산|확률|вычисли|посчитай|реши задачу|вероятност|найдите|найти (сумму|значение|отношение|площадь|объём|объем|вероятность|корни|производную|предел|интеграл|число|x)|задача \d|определите|докажите|докажи|demuestra que|resuelve|démontre|démontrez|beweise|tính |xác suất|giải bài|calcula|probabilidad|quanto (custa|tempo)|calcule|probabilité|berechne|wahrscheinlichkeit|calcola|oblicz|hesapla/u, 2.2],
  ],
  brainstorming: [
    [/想.{0,4}个(名字|点子|标题)|列(出)?\d+个|可以去哪|придумай|предложи (темы|идеи|варианты|названия)|названия для|способы|список советов|案を出して|過ごし方|名前を(考えて|\d+)|tên cho|gợi ý \d+|dame \d+ (ideas|nombres)|nombres para|quais temas|nomes para|donne-moi \d+|noms pour|nenne mir|namen für|nomi per/u, 2.2],
    [/推荐|建议|点子|想法|主意|有哪些|おすすめ|アイデア|提案して|추천|아이디어|посоветуй|порекомендуй|идеи|варианты|gợi ý|ý tưởng|ideas para|sugerencias|recomiénd|ideias|sugest|idées|suggère|ideen|vorschläge|empfiehl|consigli|pomysły|öner/u, 2.4],
  ],
  classification: [
    [/情感是|正面、负面|分到以下|属于(哪|以下)|是不是(诈骗|垃圾|广告)|讽刺还是|是.{1,10}还是.{1,10}[？?]|спам|фишинг|к какой категории|определи (тон|категорию|тональность)|スパム|どのカテゴリ|ポジネガ|tích cực hay tiêu cực|thuộc loại|es positivo o negativo|é positivo ou negativo|est-ce positif ou négatif|positiv oder negativ/u, 2.2],
    [/分类|归类|情感倾向|正面还是负面|分類|ポジティブ|ネガティブ|분류|긍정|부정인지|классифицируй|тональност|категори[юия]|phân loại|clasifica|classifique|classifie|klassifizier|kategorisier|classifica|sklasyfikuj|sınıflandır/u, 3],
  ],
  extraction: [
    [/提取|抽取|找出(所有|全部)|抽出|取り出して|추출|뽑아|извлеки|выпиши (все|из)|trích xuất|liệt kê (các|tất cả)|extrae|extraia|extrais|extrahiere|estrai|wyodrębnij|çıkar/u, 3.2],
  ],
  rewrite: [
    [/翻译|译成|改写|润色|翻訳|訳して|書き直|言い換え|번역|다시 써|고쳐|переведи|перевод[ие]? на|перепиши|перефразируй|исправь (ошибки|текст)|dịch|viết lại|sửa (lỗi|câu)|traduz|traduc|tradui|reescrib|reescreva|réécri|übersetz|umschreib|formulier|tradu[cz]i|przetłumacz|przepisz|çevir/u, 3.2],
  ],
  analysis: [
    [/比较|对比|优缺点|分析|利弊|評価|比較|メリット|デメリット|분석|비교|장단점|сравни|сравнение|плюсы и минусы|анализ|so sánh|phân tích|ưu nhược|compara|ventajas y desventajas|vantagens e desvantagens|analiza|analise|avantages et inconvénients|vergleich|vor- und nachteile|analysiere|confronta|porównaj|karşılaştır/u, 3],
  ],
  planning: [
    [/计划|日程|行程|攻略|安排|预算|計画|スケジュール|旅程|献立|プラン|계획|일정|план|расписани|маршрут|бюджет|программу (обучения|тренировок)|kế hoạch|lịch trình|plan de|itinerario|cronograma|roteiro|planning|programme d'|reiseplan|zeitplan|wochenplan|trainingsplan|piano di|harmonogram|plan yap/u, 2.6],
  ],
  roleplay: [
    // Setups that cast the model in a scene or a service ("let's play", "be my…", "you are our support bot"), not a persona framing a deliverable.
    [/我们来玩|来玩(一个)?(游戏|角色)|文字冒险|你是我们|你负责(扮演|描述)|模拟面试|你来当|давай сыграем|будь моим|проводишь со мной|giả vờ làm|bạn là (chatbot|trợ lý)|面接官|ゲームマスター|模擬面接|として話す|역할극|juguemos|sé mi |seja meu|seja minha|vamos jogar|sois mon|jouons|sei mein|lass uns (spielen|ein rollenspiel)/u, 2.4],
    [/扮演|假装你是|你现在是|演じて|になりきって|ロールプレイ|역할을|인 척|представь,? что ты|притворись|веди себя как|сыграй роль|đóng vai|hãy giả vờ|actúa como|finge que|atue como|aja como|joue le rôle|fais comme si|spiel(e)? (die rolle|einen|eine)|tu so, als|agisci come|udawaj|gibi davran/u, 3],
  ],
};
