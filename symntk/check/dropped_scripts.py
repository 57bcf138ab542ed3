"""Words that drop a parameter in Arabic, Persian, Urdu, Hebrew, Greek, Russian, Ukrainian, Vietnamese, Hindi,
Hungarian, Indonesian/Malay, Romanian, Bengali, Swahili, Georgian, Japanese, Chinese, Korean and Thai (data).

Arabic, Greek, Vietnamese, Hindi (Devanagari and romanised) and Hungarian are written with spaces between words, so
their phrases are matched as whole words like the Latin-script ones (``نهمل الانحياز $b^{[2]}$ لأنه يزيح f فقط``,
``δεν το βάζω``, ``αγνοούμε το $c$``, ``không đóng góp gì vào kernel, em bỏ qua nó``, ``koi contribution nahi, so
skip``, ``A c paramétert kihagyom``); Arabic glues
``و`` (and) and ``ف`` (so) to the next word, so those may lead a phrase. Japanese and Chinese have no spaces and
Korean glues its particles to the word (``バイアスは省略``, ``忽略 $b_2$``, ``$b_2$는 생략한다``), and Thai writes
no spaces between words (``ไม่สนใจ $b^{[2]}$ เพราะมัน…``), so their phrases are matched anywhere in the
clause. The negation, reason, consequence and derivative words of these languages are
listed too (``لا نهمل``, ``δεν παραλείπω``; ``لأنه``, ``επειδή``; ``οπότε``; ``مشتقة``, ``παράγωγος``, ``偏微分``):
a clause with a derivative word of an unspaced language is about that derivative. Every pattern is an
alternation of fixed words or a bounded class: linear in the line.
"""

from __future__ import annotations

import re

# phrases of spaced scripts (matched as whole words; a space stands for any blank run)
SPACED: tuple[tuple[str, str], ...] = (
    ("ar", r"[وف]?(?:نهمل|أهمل|اهمل|يهمل|يُهمل|نتجاهل|أتجاهل|اتجاهل|يتجاهل|نحذف|أحذف|احذف|يحذف|نستبعد|أستبعد|"
           r"نسقط|أسقط|نتخطى|أتخطى|نترك|أترك|لا نحتاج|لا نحتاجه|لا يؤثر|لا تؤثر|لا يهم|لا تهم|لا يساهم|"
           r"لا يسهم|لا نحسب|لا نحسبه|لا أحسب|لا أحسبه|لا ندخل|لا أدخل|لا ندرج|لا أدرج|مهمل|مهملة)"),
    ("el", r"αγνο(?:ώ|ούμε|είται|ούνται|ήσουμε|ήστε|είσθω)|παραλείπ(?:ω|ουμε|εται|ονται)|παραλ(?:είψω|είψουμε|"
           r"είφθηκε)|αμελ(?:ώ|ούμε|είται)|δεν (?:το |τον |την |τα )?(?:βάζω|βάζουμε|μετράω|μετράμε|παίρνω|παίρνουμε|"
           r"συμπεριλαμβάνω|συμπεριλαμβάνουμε)|δεν (?:επηρεάζει|επηρεάζουν|μετράει|μετρά|παίζει ρόλο|συνεισφέρει|"
           r"προσφέρει τίποτα|χρειάζεται)|(?:το |τον |την |τα )?(?:βγάζω|βγάζουμε|αφήνω έξω|αφήνουμε έξω)|"
           r"είναι άσχετ\w{1,3}"),
    ("vi", r"bỏ qua|bỏ đi|bỏ ra|lược bỏ|loại bỏ|loại ra|không (?:cần )?(?:tính|xét|đưa vào|quan tâm)|không cần|"
           r"không (?:có )?(?:đóng góp|ảnh hưởng|tác dụng|vai trò)(?: gì)?|không quan trọng|không liên quan"),
    ("hi", r"(?:chhod|chod|chhor|chor)(?:na|kar|ke|ta|te|ti|ega|enge|unga|o|iye)?(?: (?:diya|diye|dete|denge|dunga|do|"
           r"raha|rahe|rahi|rahe hain|hain|hai))?|ignore (?:kar\w{0,5}|kiya|karte)|(?:koi|kuch) (?:bhi )?"
           r"(?:contribution|farak|fark|farq|asar|role|yogdan) nahi\w?|matter nahi karta|zaroorat nahi|zarurat nahi|"
           r"छोड़\w{0,3}(?: (?:देते|दिया|देंगे|दो|रहा|रहे|रही)\w{0,2})?|नज़रअंदाज़\w{0,3}|अनदेखा|"
           r"(?:कोई|कुछ) (?:भी )?(?:contribution|योगदान|फर्क|फ़र्क|असर|भूमिका) नहीं"),
    ("hu", r"kihagy\w{0,6}|elhagy\w{0,6}|hagy\w{0,5} (?:ki|el)|elhanyagol\w{0,6}|figyelmen kívül hagy\w{0,6}|"
           r"nem számít\w{0,3}|"
           r"nem (?:ad|tesz) (?:hozzá )?semmit|semmit nem (?:ad|tesz hozzá)|nem járul\w{0,2} hozzá|"
           r"nincs (?:hatása|szerepe)|"
           r"nem befolyásol\w{0,4}|nem kell\w{0,3}|kies\w{0,4}|lényegtelen|nem érdekes"),
    ("id ms", r"(?:kita |saya |aku )?(?:abaikan|mengabaikan|diabaikan|abaikan saja|buang|membuang|dibuang|"
              r"hilangkan|menghilangkan|dihilangkan|lewati|melewati|dilewati|tinggalkan|"
              r"(?:tidak|tak|gak|nggak|ga) (?:usah |perlu )?(?:dihitung|diperhitungkan|dimasukkan|masuk|dipakai)|"
              r"(?:tidak|tak|gak|nggak|ga) (?:berpengaruh|berkontribusi|penting|ngaruh)|tidak ada pengaruh\w{0,3}|"
              r"tidak memberi (?:kontribusi|sumbangan) apa-apa|tidak perlu)"),
    ("ru", r"не учитыва\w{0,4}|не учт\w{0,4}|пропуска\w{0,4}|пропуст\w{0,4}|опуска\w{0,4}|опуст\w{0,4}|"
           r"игнориру\w{0,4}|отбрасыва\w{0,4}|отброс\w{0,4}|выкину\w{0,4}|не (?:нужн\w{0,3}|важн\w{0,3})|"
           r"ничего не (?:да[её]т|дают|вносит|вносят|меняет|меняют)|не (?:влияет|влияют|вносит вклад\w{0,2})"),
    ("uk be bg sr", r"не врахову\w{0,4}|не врах\w{0,4}|ігнору\w{0,4}|нехту\w{0,4}|відкида\w{0,4}|відкин\w{0,4}|"
                    r"не (?:потрібн\w{0,3}|важлив\w{0,3})|нічого не (?:да[єю]\w{0,2}|вносить|вносять|змінює|змінюють)|"
                    r"не (?:впливає|впливають)|не ўлічва\w{0,4}|адкіда\w{0,4}|игнорира\w{0,4}|пренебрегва\w{0,4}|"
                    r"изпуска\w{0,4}|изпусн\w{0,4}|не влияе|занемару\w{0,4}|изоставља\w{0,4}|не утиче"),
    ("fa ur", r"کنار (?:می\u200c?|می )?(?:گذار|گذاشت)\w{0,4}|(?:را )?حذف (?:می\u200c?|می )?(?:کن|کرد)\w{0,4}|"
              r"نادیده (?:می\u200c?|می )?(?:گیر|گرفت)\w{0,4}|در نظر (?:نمی\u200c?|نمی |ن)(?:گیر|گرفت)\w{0,4}|"
              r"صرف\u200c?(?:نظر| نظر) (?:می\u200c?|می )?(?:کن|کرد)\w{0,4}|حساب (?:نمی\u200c?|نمی |ن)(?:کن|کرد)\w{0,4}|"
              r"(?:اثری|تأثیری|تاثیری|نقشی|سهمی) (?:در \w{1,12} )?ندار\w{0,3}|مهم نیست|لازم نیست|"
              r"نظرانداز\w{0,4}|چھوڑ (?:دیتے|دیں|دیا|دیتا|دیتی)\w{0,3}|کوئی (?:اثر|فرق) نہیں"),
    ("ro", r"neglij(?:ăm|ez|em|ează|at|ată|ați|ate|are)|ignor(?:ăm||ez|at|ată|ați|ate)|omit(?:em||ă|at|ată|em)|"
           r"nu (?:contribuie|contează|influențează|afectează|schimbă nimic)|nu (?:îl |o |le |îi )?(?:includem|includ|"
           r"socotim|socotesc|numărăm|număr|luăm în calcul|iau în calcul)|(?:îl |o )?lăsăm deoparte|las deoparte|"
           r"(?:îl |o )?scoatem|scot|sărim peste|sar peste|e irelevant\w{0,2}|este irelevant\w{0,2}"),
    ("bn", r"বাদ (?:দিলাম|দিচ্ছি|দিই|দেই|দেব|দেবো|দিব|দিয়েছি|দেওয়া হল|দাও|যায়|দিতে পারি)|উপেক্ষা (?:করি|করছি|করলাম|করব|করা হল)|"
           r"(?:কিছু|কোনো কিছু) (?:দেয় না|যোগ করে না)|(?:কোনো )?(?:অবদান|প্রভাব|ভূমিকা) (?:নেই|রাখে না|ফেলে না)|"
           r"(?:গুনছি|ধরছি|গণনা করছি|হিসাব করছি) না|দরকার নেই|লাগে না"),
    ("sw", r"(?:tuna|na|ni|ina|ime|tume|nime)?puuz\w{0,2}|(?:tuna|na|ni|nime|tume)?(?:acha|ondoa|ruka)|"
           r"hai(?:changii|athiri|na mchango|na athari|na maana)(?: chochote| kitu)?|"
           r"(?:hatu|si)(?:hesabu|jumuishi|ihesabu|ijumuishi)|haihitajiki|hatuhitaji"),
    ("ka", r"გამოვტოვ\w{0,4}|გამოტოვ\w{0,5}|უგულებელ\w{0,6}|ამოვაგდ\w{0,4}|ამოვიღ\w{0,4}|"
           r"არ (?:ვითვლი|ვითვლით|ითვლება|ვთვლი|ვთვლით|შევიტან\w{0,2}|ვრთავ|ვრთავთ|მოქმედებს|ახდენს გავლენას)|"
           r"არაფერს (?:ამატებს|ცვლის|გვაძლევს)|არ აქვს (?:გავლენა|მნიშვნელობა|როლი)"),
)
# phrases of unspaced scripts (matched anywhere)
UNSPACED: tuple[tuple[str, str], ...] = (
    ("he", r"[ו]?(?:לא (?:סופר|סופרת|סופרים|נספור|אספור|מחשב|מחשבת|מחשבים|נחשב|כולל|כוללת|כוללים|נכלל|נכללת|"
           r"משפיע|משפיעה|תורם|תורמת|צריך|צריכה)|מזניח|מזניחה|מזניחים|נזניח|אזניח|משמיט|משמיטה|משמיטים|נשמיט|"
           r"אשמיט|מדלג|מדלגת|מדלגים|נדלג|אדלג|מתעלם|מתעלמת|מתעלמים|נתעלם|אתעלם|מוריד|מורידה|מורידים|נוריד|אוריד)"),
    ("ja", r"省略|無視|省く|省き|省いて|省いた|除外|除く|除いて|除いた|考えない|考慮しない|入れない|含めない|"
           r"落とす|落として|効かない|効いてこない|影響しない|影響がない|影響はない|寄与しない|関係ない|関係しない|"
           r"不要"),
    ("zh", r"忽略|略去|舍去|去掉|不考虑|不考慮|不计|不計|不影响|不影響|没有影响|沒有影響|无关|無關|不用管|不需要"),
    ("ko", r"생략|무시|제외|빼고|뺀다|빼겠|고려하지 않|영향을 주지 않|영향이 없|상관없|기여가 없|기여하지 않|기여도 없|"
           r"영향 없|필요 없|필요없"),
    ("th", r"ไม่สนใจ|ไม่นับ|ไม่คิด|ไม่ต้องคิด|ไม่รวม|ตัดทิ้ง|ตัดออก|ทิ้งไป|ข้ามไป|ละไว้|ละทิ้ง|ไม่มีผลกับ|ไม่มีผลต่อ|ไม่มีผล"),
)
NEGATIONS = r"δεν|μην|όχι|لا|لن|لم|ليس|không|chẳng|đừng|chưa|nem|nincs|nahi|nahin|नहीं|मत|не|ні|нельзя|не можна|" \
            r"نباید|نمی\u200c?توان"
NEGATIONS += r"|לא|אין"   # Hebrew
NEGATIONS += r"|tidak|tak|gak|nggak|enggak|ga|bukan|jangan"   # Indonesian/Malay
NEGATIONS += r"|nu|să nu|না|নয়|usi"   # Romanian, Bengali, Swahili
NEGATIONS += r"|არ|ნუ|არა"   # Georgian
REASONS = r"επειδή|γιατί|αφού|διότι|لأنه|لأنها|لأن|لانه|لان|حيث|bởi vì|vì|tại vì|mert|mivel|hiszen|ugyanis|" \
          r"kyunki|kyonki|chunki|क्योंकि|चूंकि|потому что|так как|поскольку|бо|тому що|оскільки|адже|" \
          r"چون|زیرا|چرا که|کیونکہ"
REASONS += r"|כי|מכיוון ש|בגלל ש|היות ש"   # Hebrew
REASONS += r"|karena|karna|krn|sebab|soalnya|kerana"   # Indonesian/Malay
REASONS += r"|deoarece|pentru că|fiindcă|căci|întrucât|কারণ|কেননা|যেহেতু|kwa sababu|kwa kuwa|kwani"   # ro, bn, sw
REASONS += r"|რადგან|რადგანაც|იმიტომ რომ|რაკი"   # Georgian
UNSPACED_REASONS = r"เพราะ|เนื่องจาก"   # Thai: glued to the next word
# a pronoun after a comma starts the reason (``…, הוא רק מזיז את f``: "…, it only shifts f")
COMMA_REASONS = r"הוא|היא|זה|dia|ini|itu|ის|ეს"   # Hebrew, Indonesian/Malay, Georgian
CONSEQUENCES = r"οπότε|άρα|επομένως|συνεπώς|إذن|لذلك|لذا|nên|vì vậy|vì thế|do đó|cho nên|vậy|thế nên|tehát|ezért|" \
               r"emiatt|így|vagyis|isliye|isiliye|toh|तो|इसलिए|поэтому|значит|следовательно|отже|тому|тож|" \
               r"پس|بنابراین|لذا|اس لیے"
CONSEQUENCES += r"|לכן|ולכן|אז"   # Hebrew
CONSEQUENCES += r"|jadi|jd|maka|sehingga|makanya|oleh karena itu"   # Indonesian/Malay
CONSEQUENCES += r"|deci|așadar|prin urmare|তাই|সুতরাং|অতএব|kwa hiyo|hivyo|basi"   # Romanian, Bengali, Swahili
CONSEQUENCES += r"|ამიტომ|ასე რომ|მაშასადამე"   # Georgian
CONDITIONS = r"nếu|giả sử|amennyiben|agar|yadi|अगर|यदि"
CONDITIONS += r"|אם"   # Hebrew
CONDITIONS += r"|jika|kalau|kalo|apabila|bila|seandainya"   # Indonesian/Malay
CONDITIONS += r"|dacă|যদি|kama|ikiwa"   # Romanian, Bengali, Swahili
CONDITIONS += r"|თუ|თუკი"   # Georgian
DERIVATIVES = r"παράγωγ\w{0,4}|μερικ\w{0,4} παράγωγ\w{0,4}|ως προς|مشتق\w{0,4}|المشتق\w{0,4}|بالنسبة|đạo hàm|" \
              r"derivált\w{0,6}|deriválás\w{0,4}|parciális|अवकलज"
DERIVATIVES += r"|ה?נגזרת\w{0,3}|ה?נגזרות"   # Hebrew
DERIVATIVES += r"|derivat\w{0,4}|ডেরিভেটিভ|অবকলজ|derivative|deriveti"   # Romanian, Bengali, Swahili
DERIVATIVES += r"|წარმოებულ\w{0,3}"   # Georgian
# "its derivative" as what the phrase drops (``I leave out its derivative``, ``مشتقش را کنار می‌گذارم``, ``його похідну
# відкидаю``): the thing's own derivative goes, so the clause drops that thing (tentatively, as "out of the derivative")
OWN_DERIVATIVE_BEFORE = re.compile(r"(?:(?<![\w])(?:its|their)\s{1,3}(?:partial\s{1,3})?derivatives?|"
                                   r"مشتق(?:ش|\u200cاش|اش|\s{1,3}آن)(?:\s{1,3}را)?|"
                                   r"(?<![\w])(?:его|його|яго|її|їх|их|ее|её)\s{1,3}(?:производн\w{0,3}|похідн\w{0,3}))\s{0,3}$",
                                   re.I)
OWN_DERIVATIVE_AFTER = re.compile(r"\s{1,3}(?:(?:out|away)\s{1,3})?(?:its|their|(?:его|його|яго|её|ее|их|її|їх))\s{1,3}"
                                  r"(?:partial\s{1,3})?(?:derivatives?|производн\w{0,3}|похідн\w{0,3})(?![\w])", re.I)
UNSPACED_DERIVATIVES = re.compile(r"微分|導関数|导数|導數|偏导|미분|도함수|อนุพันธ์")
UNSPACED_PHRASE = "|".join(p for _, p in UNSPACED)
UNSPACED_CONDITION = re.compile(r"もし|なら|場合|如果|假如|만약|라면|？|ถ้า")
UNSPACED_NEGATION = re.compile(r"省略しない|省略せず|無視しない|無視せず|不能忽略|不可忽略|생략하지 않|무시하지 않")


def unspaced_says_else(text: str) -> bool:
    """Whether a clause of an unspaced script says something other than a dropping: a condition (``もし``, ``如果``,
    ``만약``), a derivative (``偏微分``, ``导数``, ``미분``) or a dropping negated (``省略しない``, ``不能忽略``)."""
    return bool(UNSPACED_CONDITION.search(text) or UNSPACED_DERIVATIVES.search(text)
                or UNSPACED_NEGATION.search(text))
