package decode

// commonChars are among the most frequent characters of Chinese news text,
// simplified and traditional forms. They only need to tell a right decoding
// from a wrong one, which turns text into rare characters.
const commonChars = "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小" +
	"么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样" +
	"现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便" +
	"位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场" +
	"师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界" +
	"及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术" +
	"结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深" +
	"区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音怕兵讲越调拉查且" +
	"這個們來說國會時為對動過還後問機開關發現長經點頭體見無麼義樣車軍門聽電當實學書東話認讓從間隊應風員處氣進" +
	"費錢業總萬與給邊種號難戰黨讀歷傳買賣節雖雙區產權務設計組織導領選擇議論環境歲農際記場為務頁報導"

var commonHan = func() map[rune]bool {
	m := make(map[rune]bool, len(commonChars)/3)
	for _, r := range commonChars {
		m[r] = true
	}
	return m
}()
