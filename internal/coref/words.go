package coref

import "strings"

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var prepositions = set(`of in on at to by for with from into onto against about over under between among
	through during after before without within across toward towards behind beside near via like than upon around`)

// verbs are finite verbs and auxiliaries that follow a subject.
var verbs = set(`is are was were has have had will would can could may might must should shall does did do
	's 're 've 'd 'll wo ca
	says told tells added announced warned accused denied urged called demanded rejected insisted stated
	claimed threatened condemned wants wanted went came met took gave made saw left led won lost became
	remains remained seeks sought plans planned hopes believes thinks thought knew knows began begins
	launched attacked killed seized captured fought fled struck sent held kept signed agreed refused
	appears appeared seems seemed expects expected faces faced`)

var reporting = set(`said says say told tells added adds explained explains noted notes continued continues
	insisted insists argued argues stated states declared declares asked asks replied replies wrote writes
	warned warns recalled recalls admitted admits claimed claims acknowledged acknowledges`)

var modals = set(`will would can could may might must should shall 'll 'd wo ca has have had does did do`)

var beSeem = set(`is was 's be been being are were seems seemed appears appeared became becomes`)

// pleoAdj are the words after "it is" that make "it" an expletive.
var pleoAdj = set(`unclear clear likely unlikely possible impossible important necessary difficult hard easy
	true false known unknown obvious evident apparent certain uncertain probable improbable essential
	crucial vital critical hoped feared thought believed expected estimated understood reported said
	alleged claimed rumoured rumored suggested noted argued assumed planned agreed decided announced
	worth better best worse worst enough surprising interesting odd strange ironic sad unfortunate
	fortunate good bad great nice fine wrong right fair unfair reasonable unreasonable safe dangerous
	tough normal common rare usual unusual customary illegal legal useful essential imperative time
	too`)

var pleoPassive = set(`reported said believed thought expected estimated understood known feared hoped
	alleged claimed rumoured rumored suggested announced confirmed learned learnt assumed noted`)

// clauseBreak words separate a pronoun from a subject of another clause.
var clauseBreak = set(`, ; : that and but or who which whom whose because when while after before if
	since although though as said says told added " '' ( ) -`)

var singularGroups = set(`isis isil hamas hezbollah hizbollah al-qaeda qaeda boko haram al-shabaab shabaab
	state front army brigade movement party group organisation organization force`)

var titleGender = map[string]gender{
	"mr": genMale, "sir": genMale, "lord": genMale, "king": genMale, "prince": genMale, "sheikh": genMale,
	"emir": genMale, "sultan": genMale, "ayatollah": genMale, "pope": genMale, "father": genMale,
	"brother": genMale, "uncle": genMale, "son": genMale, "husband": genMale, "grandfather": genMale,
	"mrs": genFemale, "ms": genFemale, "miss": genFemale, "dame": genFemale, "lady": genFemale,
	"queen": genFemale, "princess": genFemale, "madam": genFemale, "madame": genFemale, "sister": genFemale,
	"mother": genFemale, "aunt": genFemale, "daughter": genFemale, "wife": genFemale, "grandmother": genFemale,
	"sheikha": genFemale, "mme": genFemale,
}

var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields(`john james robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
		timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
		brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose
		adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry
		austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan
		alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip
		eugene louis harry howard fred tony martin bill bob jim tom mike dan steve barack hillary? joe
		bashar hafez vladimir dmitry sergei sergey mikhail boris alexei alexey nikolai igor viktor yuri
		volodymyr petro vitali vitaly recep ahmet tayyip mevlut emmanuel francois jacques nicolas olaf
		gerhard helmut friedrich benjamin ehud ariel shimon yitzhak naftali yair benny avigdor mahmoud
		yasser ismail khaled khalid mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein husain
		hosni abdel abdul abdullah abu omar umar osama ayman abubakar hamid karim rashid saeed said salman
		faisal fahd hamad tamim khalifa zayed qaboos bandar nouri nuri haider moqtada muqtada masoud massoud
		jalal barham fuad kamal mustafa mostafa hasan hafiz nawaz imran asif pervez shehbaz narendra rahul
		manmohan atal xi hu wen li jiang deng mao kim moon shinzo yoshihide fumio justin stephen pierre
		tony gordon david theresa? boris keir rishi jeremy nigel silvio matteo giuseppe mario giorgio sergio
		pedro mariano jose luis felipe juan carlos hugo nicolas evo rafael lula jair luiz dilma? javier
		mauricio alberto cristina? andres manuel enrique vicente felipe ivan alvaro gustavo daniel
		robert jacob cyril thabo nelson yoweri paul uhuru william raila muhammadu goodluck olusegun abiy
		isaias salva riek omar abdel fattah mohamed hosni anwar gamal moammar muammar saif fayez khalifa
		ashraf hamid ashraf abdul gulbuddin mullah haibatullah ahmad shah rahmatullah sirajuddin
		recep bulent kemal selahattin abdullah nechirvan masrour salih haider hadi ali abdrabbuh ahmed
		volker antonio ban kofi boutros dag staffan geir martin lakhdar kofi jens anders javier josep
		charles antony john lloyd mike mark rex colin condoleezza? donald dick joe chuck ash leon
		lindsey ted marco rand bernie mitch nancy? chuck kevin paul elon jeff warren bill steve tim
		andy ben sam max alex jake luke adam matt josh nick dave rob pete greg chris jon ron don
		hans jurgen klaus karl wolfgang horst frank-walter heiko sigmar markus ludwig otto
		ivan pavel jan tomas vaclav milos viktor janos lech donald andrzej mateusz jaroslaw
		ahmet mehmet mustafa erdogan yusuf ibrahim isa musa yahya zakaria idris yunus`) {
		w = strings.TrimSuffix(w, "?")
		m[w] = genMale
	}
	for _, w := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah
		karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda
		melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
		brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth
		maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
		megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean
		alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
		marie diana brittany natalie isabella charlotte rose alexis kayla hillary theresa condoleezza
		angela ursula christine kamala nikki liz jacinda julia nicola tsai ingrid golda benazir indira
		sonia mamata sheikh hasina khaleda aung san suu megawati gloria corazon michelle melania jill
		laura hillary madeleine samantha susan nancy dilma cristina michelle yulia julia tymoshenko
		marine segolene anne sylvie federica catherine helle mette sanna erna jacinda ardern
		fatima fatma aisha ayesha khadija zainab maryam mariam leila layla laila nour noor amina
		rania yasmin yasmine samira salma huda hanan sara sarah lina dina rima reem malala tawakkol
		svetlana olga natalia natalya irina tatiana yelena elena anastasia valentina galina ludmila
		maria ana sofia lucia carmen isabel pilar rosa beatriz alejandra gabriela veronica
		kate katie jane sue sally emma lucy amy anne annie ellen eleanor molly lily chloe zoe`) {
		if _, ok := m[w]; !ok {
			m[w] = genFemale
		} else if m[w] == genMale {
			delete(m, w) // ambiguous
		}
	}
	// "hillary", "theresa", "dilma", "cristina", "condoleezza", "nancy" were
	// marked with "?" in the male list only as reminders: they are female.
	for _, w := range []string{"hillary", "theresa", "dilma", "cristina", "condoleezza", "nancy", "sheikh"} {
		switch w {
		case "sheikh":
			delete(m, w)
		default:
			m[w] = genFemale
		}
	}
	return m
}()

var descModifiers = set(`former new late embattled interim acting militant jihadist islamist armed
	extremist hardline radical rival main ruling outgoing incoming elected deposed ousted exiled veteran
	local regional national federal central provincial military civilian opposition rebel insurgent
	sunni shiite shia kurdish secretive self-styled so-called beleaguered powerful`)

var descHeads = func() map[string]*descClass {
	m := map[string]*descClass{}
	types := func(ts ...string) map[string]bool {
		out := map[string]bool{}
		for _, t := range ts {
			out[t] = true
		}
		return out
	}
	person := types("person")
	add := func(heads string, dc descClass) {
		for _, h := range strings.Fields(heads) {
			c := dc
			c.head = h
			m[h] = &c
		}
	}
	// A government role fits "the president", but not "the minister": a
	// government has many ministers, so that title must be in the name.
	add("president premier chancellor leader ruler dictator strongman",
		descClass{types: person, roles: []string{"GOV"}, needs: true})
	add("minister secretary senator governor mayor lawmaker legislator politician diplomat ambassador envoy",
		descClass{types: person, needs: true})
	add("general commander colonel officer", descClass{types: person, roles: []string{"MIL"}, needs: true})
	add("spokesperson", descClass{types: person, roles: nil, needs: true})
	m["spokesman"] = &descClass{head: "spokesman", types: person, needs: true, gender: genMale}
	m["spokeswoman"] = &descClass{head: "spokeswoman", types: person, needs: true, gender: genFemale}
	m["king"] = &descClass{head: "king", types: person, roles: []string{"GOV"}, needs: true, gender: genMale}
	m["queen"] = &descClass{head: "queen", types: person, roles: []string{"GOV"}, needs: true, gender: genFemale}
	m["prince"] = &descClass{head: "prince", types: person, roles: []string{"GOV"}, needs: true, gender: genMale}
	add("cleric imam preacher", descClass{types: person, roles: []string{"REL"}, needs: true})
	add("militant rebel insurgent", descClass{types: person, roles: []string{"REB", "INS", "IMG", "UAF"}, needs: true})

	armed := []string{"REB", "INS", "IMG", "UAF", "OPP", "SEP", "RAD"}
	add("group organisation organization movement militia faction network",
		descClass{types: types("group", "organization"), roles: armed, anyOrg: true})
	add("militants rebels insurgents jihadists fighters extremists guerrillas separatists",
		descClass{types: types("group", "organization"), roles: armed, needs: true, plural: true})
	add("agency alliance coalition bloc council committee union commission bank party court ministry",
		descClass{types: types("organization"), needs: true})
	add("company firm", descClass{types: types("organization")})
	add("government administration regime cabinet", descClass{types: types("organization", "group", "country"), roles: []string{"GOV"}, needs: true})
	add("army military", descClass{types: types("organization", "group"), roles: []string{"MIL"}, needs: true})
	add("police", descClass{types: types("organization", "group"), roles: []string{"COP"}, needs: true})
	add("country nation kingdom republic", descClass{types: types("country")})
	add("city town capital village", descClass{types: types("place")})
	add("region province", descClass{types: types("place")})
	return m
}()
