lo nina ca navo junu lo pipe post videt
lo doma kel pomos pikun rapide videt
cai pomas lo auto lante sekvent
kel hortas lo arbo vokent
ca libra vetu kel regos portet
kel navas li urbos kel dames int portent
lo hunda nino altu trovet
li urbas verdun ca arbo lante vident
lo pipa ca hundo ca flue kun videt
kel navas li balos portent
lo auta ca libro nine apud hodie jutet
cai urbas li kavalos kietun ament
ca poma pipo jutet
ca flua grandu lo rego li reges sub videt
kel pomas lo arbo li naves grandun apud jutent
cai pomas kietun rego vetu vokent
lo lerara vetu ca arbo obset
horta piku li ninos sekvet
ca nava ca urbo videt
kel agrikas altun li urbos lasun cai hortes apud ament
kel leraras cai balos junun jutent
kel hundas cai domos grandun jutent
kel balas ca leraro rapide trovent
kel leraras rubun lo hundo rubu sekvent
lo nava fluo obset
lo nina felu kavalo kietu denove jutet
oma cai hundos sekvet
libra felu kel fluos trovet
lo lerara lasu lo horto portet
li balas lasun leraro obsent
lo nava cai leraros cai hortes apud sekvet
arba rubu miawo ca pome kun trovet
oma vetu arbo altu voket
li navas lo damo vetu kel domes lasun post jutent
ca urba grandu kel pomos vetun kel dames int rapide portet
ca libra verdu li damos kietun li reges pikun int jutet
kel pipas li fluos rapide ament
lo nina lo damo trovet
lo oma pomo verdu ofte amet
nava rego ofte voket
cai arbas lasun lo leraro altu vident
rega cai pomos lante amet
li libras li agrikos kel agrikes pikun post portent
rega ca miawo jutet
lo poma cai navos junun hodie obset
kel autas li hortos kietun vokent
ca lerara vetu kel damos vetun trovet
horta lo pomo amet
ca hunda felu navo junu ofte videt
lo nina cai balos lo arbe lasu post voket
kel damas junun li omos portent
ca libra kel regos kietun portet
cai hortas rubun cai ninos obsent
li damas lo pomo ofte vokent
kel autas verdun cai leraros vokent
lo miawa ca miawo lo urbe sub voket
kel agrikas vetun libro arbe altu post lante trovent
lo nina auto felu li pomes sub hodie voket
lo dama lo auto junu ofte trovet
li arbas lasun li domos aute verdu post vident
nina vetu ca arbo amet
urba fluo lo hunde vetu int amet
ca libra piku cai miawos videt
kel kavalas cai miawos agrike kun jutent
cai domas pikun kel ninos grandun cai libres altun apud ament
ca libra junu ca kavalo dame kun jutet
lerara cai autos grandun rege lasu post lante jutet
lo oma felu ca miawo obset
nina damo grandu li domes apud jutet
hunda vetu fluo ca kavale sub trovet
lo urba cai pomos amet
lo libra lo hundo sekvet
pipa verdu libro portet
cai autas lasun li libros cai urbes kun ament
dama lo omo cai naves sub ofte trovet
dama vetu li leraros altun obset
lo lerara verdu miawo vetu lo bale kietu post jutet
rega ca pipo amet
cai omas lasun li pomos lasun cai naves kun vokent
urba lo navo altu ca lerare post hodie trovet
lerara verdu agriko piku lo arbe felu sub portet
kel domas ca arbo grandu libre verdu sub hodie obsent
ca doma lasu arbo voket
ca poma kel ninos verdun ofte portet
lo auta lo urbo obset
lo flua lo agriko grandu dame grandu kun lante voket
cai arbas ca pipo kietu ament
lo dama navo felu li arbes lasun int obset
ca poma damo grandu jutet
kel leraras kel hortos rubun obsent
lo agrika verdu lo arbo rubu jutet
lo flua ca kavalo junu cai libres verdun post denove obset
cai miawas li omos junun obsent
li hundas pikun urbo grandu ca urbe junu int rapide vokent
kavala felu nino lo pome int portet
kel ninas verdun pipo flue kun denove obsent
lo libra leraro kel agrikes sub voket
kel miawas felun ca libro vident
ca nina kietu libro felu cai naves post voket
lo horta felu ca urbo ca pipe piku int denove voket
li hortas cai agrikos obsent
doma kel fluos altun urbe junu sub trovet
ca poma li fluos kel hortes kietun sub portet
kel kavalas kel autos rapide portent
lo poma grandu ca omo ca miawe post obset
lo rega kel pomos rubun ofte obset
lo nava verdu li miawos ca ome kietu sub voket
lo horta kavalo videt
ca pipa vetu ca arbo rubu trovet
li urbas li hortos grandun ca nave rubu post vident
ca arba lo leraro trovet
ca bala vetu li regos cai autes int lante portet
lo bala li pipos cai kavales post rapide trovet
lo pipa ca pipo piku kel arbes apud obset
cai pipas lasun lo omo jutent
kel autas lasun urbo portent
lo lerara li agrikos verdun videt
kavala altu kel urbos pikun rapide trovet
kel navas cai fluos rubun kel lerares sub sekvent
cai autas li navos kel hortes sub vokent
kel domas li ninos pikun vident
li pipas ca domo kietu hodie sekvent
cai arbas rubun ca rego denove obsent
ca nava kel fluos videt
ca kavala altu kel balos grandun li domes sub ofte voket
lo kavala rego ca libre kietu int amet
lo oma verdu horto amet
ca horta rubu horto felu lante portet
dama verdu lo rego obset
ca bala li fluos lasun denove sekvet
lo auta altu ca auto ca lerare post obset
cai domas felun li damos vokent
cai libras cai libros ament
dama verdu arbo li libres kun obset
lo arba cai balos ca dame post sekvet
ca libra rubu pomo lante sekvet
lo hunda kel agrikos obset
ca lerara junu ca auto pipe lasu apud portet
lerara piku lo navo obset
ca miawa vetu lo domo lo nave post sekvet
nava felu lo pipo lo dome felu sub jutet
lo bala ca fluo grandu sekvet
nina vetu ca balo altu lante portet
li leraras kel regos kel miawes grandun kun ofte sekvent
kel domas domo vetu lo arbe apud sekvent
kel domas vetun lo navo altu horte post portent
cai regas lo libro trovent
ca poma lo horto trovet
ca pipa vetu fluo verdu trovet
libra lo miawo jutet
ca libra ca navo felu lo nine post videt
lo bala altu leraro lante jutet
lo pipa felu lo navo portet
kel pipas lo navo ome post ofte portent
li hundas omo dome grandu kun rapide vident
li omas li pomos lo ome verdu int vokent
li hundas lo miawo ament
horta felu lo leraro junu ca horte kun sekvet
cai miawas leraro ca arbe sub ofte vident
kel libras verdun ca urbo jutent
ca bala felu balo vetu sekvet
ca rega grandu kel omos pikun jutet
poma domo ca ome verdu kun videt
ca nava kel libros kel kavales int hodie portet
libra ca balo jutet
arba li miawos lasun voket
ca auta rubu lo domo portet
kel fluas lasun lo kavalo junu sekvent
poma ca arbo obset
kel agrikas verdun ca rego ca rege rubu int ofte ament
lo kavala lo auto trovet
ca oma damo portet
ca arba lo kavalo voket
ca lerara lo auto denove trovet
nina li ninos grandun lerare int amet
kel fluas ca arbo ofte vident
kel pipas ca horto obsent
doma kavalo ca agrike post jutet
cai miawas kel domos vetun sekvent
lo hunda lo hundo videt
ca auta cai ninos aute sub amet
kel miawas ca pomo hodie ament
nina lo navo voket
miawa ca damo voket
li fluas rubun li kavalos junun li urbes vetun post vokent
ca miawa ca damo kel autes post obset
nava felu lo pomo jutet
kel domas omo trovent
ca rega lasu ca agriko trovet
lo flua grandu li agrikos lo kavale sub rapide trovet
lo oma kel ninos kietun cai pomes vetun apud sekvet
kel libras omo verdu hodie sekvent
kel autas altun fluo grandu sekvent
kel ninas pikun cai leraros rapide vident
dama navo vetu portet
kel agrikas lo balo li arbes felun post rapide trovent
cai regas rubun ca agriko junu arbe post portent
ca agrika ca agriko ca arbe verdu int amet
nava piku cai leraros obset
kel hundas ca hundo dome grandu int ament
ca auta felu kel navos lo aute grandu apud videt
kel pipas damo denove jutent
ca urba lo hundo voket
ca flua verdu balo nine int obset
miawa kietu cai omos amet
ca oma ca omo grandu denove voket
cai agrikas arbo obsent
lo urba piku cai hundos jutet
kel omas rubun pomo vident
ca flua li balos lasun amet
lo rega kel hundos pikun portet
li regas felun lo balo sekvent
ca flua li regos voket
li regas lo arbo piku bale verdu kun vident
cai pipas lo domo portent
rega ca pipo videt
ca doma kel ninos ofte portet
kel autas pikun lo damo piku lo arbe kun ofte obsent
lo pipa lo agriko hodie trovet
lo pipa lo auto voket
cai arbas lo pipo ament
horta lo arbo felu voket
ca doma hundo grandu videt
ca kavala nino lo flue apud denove trovet
cai damas li arbos verdun sekvent
miawa urbo lo pipe sub voket
ca urba vetu kel hortos rubun hodie portet
ca oma lasu rego lante amet
cai kavalas lasun ca libro ament
horta cai damos rubun lante voket
lo hunda piku li damos vetun sekvet
rega piku lo omo amet
li miawas kel regos grandun ament
cai pomas kietun li urbos altun ament
ca poma navo rapide jutet
urba altu lo omo li omes kietun apud denove obset
dama cai omos rubun voket
ca bala grandu ca pomo ca dame int rapide jutet
kel hortas grandun kel urbos trovent
lo urba ca nino grandu lante voket
cai navas verdun cai navos denove vident
hunda fluo ca hunde sub rapide voket
cai damas vetun ca pipo ca urbe post sekvent
auta kietu lo domo altu cai pomes int obset
lo dama cai fluos obset
kel kavalas lo libro piku kel miawes rubun post vident
li leraras cai hundos felun lante trovent
miawa lo pipo altu lante portet
ca flua altu cai pipos junun agrike grandu kun voket
li autas hundo rapide ament
li pomas rubun cai libros vident
lo dama rubu kel kavalos obset
miawa cai libros jutet
flua ca rego ca lerare kietu int ofte sekvet
oma lo arbo junu denove voket
kel arbas kel leraros kietun sekvent
li damas lo leraro altu sekvent
cai hortas lasun lo arbo vident
doma rubu kel fluos portet
lo poma lasu kel hortos rubun amet
lerara li kavalos grandun ca agrike felu kun amet
li damas lo hundo jutent
lo libra li agrikos denove trovet
cai kavalas vetun kel ninos grandun jutent
cai pomas lo leraro hodie vokent
cai navas cai domos denove portent
lo poma lo miawo kietu videt
ca hunda altu ca pipo jutet
lo rega ca pipo videt
ca poma ca miawo lasu obset
lo oma ca hundo rapide obset
lo oma rubu ca fluo altu portet
lo bala junu horto kietu obset
dama lo urbo sekvet
lo nina kel balos junun portet
kel leraras li leraros hodie ament
lo nava altu ca libro bale sub voket
ca lerara lo pomo amet
lo bala cai arbos rubun videt
ca poma omo cai urbes apud trovet
lo libra grandu li agrikos amet
cai fluas pipo trovent
cai autas damo lo lerare post sekvent
li pipas lo omo lasu sekvent
ca horta leraro amet
agrika felu navo amet
kel urbas pikun kel miawos vokent
lo poma li ninos obset
agrika li navos lasun lo dome felu post sekvet
ca lerara cai omos lasun cai flues post trovet
lo poma ca omo portet
ca flua li miawos junun ca hunde kun denove videt
lo arba kietu agriko verdu ca dome sub hodie jutet
lo pipa altu lo damo felu voket
lo urba lo leraro portet
cai arbas pikun ca arbo ament
nava rubu lo miawo vetu ofte amet
cai leraras rubun cai kavalos kel bales rubun post vokent
lo kavala cai domos felun jutet
cai balas ca agriko urbe altu int jutent
kavala li ninos jutet
lo horta lasu domo lo aute kun ofte obset
li ninas cai leraros felun cai urbes kun trovent
ca pipa lo urbo kietu lo nave sub ofte amet
cai pipas lo kavalo lante ament
lo doma miawo horte felu sub hodie jutet
kel regas kietun li fluos vident
lo nava kietu li autos trovet
ca nava agriko grandu trovet
cai fluas lo horto piku trovent
li arbas grandun kel hortos junun pome sub obsent
ca agrika ca fluo junu lante portet
ca bala lo auto felu dame apud lante amet
cai leraras miawo ca hunde altu sub portent
kel navas kietun lo omo lo pipe post lante vident
nina piku kel hundos jutet
lo bala lo domo sekvet
lo urba lo pomo lante jutet
li hundas lo libro kietu jutent
pipa verdu ca kavalo obset
cai damas hundo lante portent
doma li urbos felun ofte obset
lo miawa vetu cai damos videt
doma felu lo domo vetu voket
ca agrika verdu hundo trovet
lo agrika felu li leraros trovet
ca lerara ca pomo obset
hunda kavalo junu lo aute verdu int trovet
ca agrika ca omo kietu lo arbe apud obset
lo auta piku ca navo rapide portet
lo bala domo piku lo hunde felu int hodie trovet
cai pipas lasun lo arbo lerare vetu sub vokent
ca lerara felu lo damo trovet
lo miawa rubu kel agrikos lo pome rubu sub videt
lo flua li urbos lasun hodie amet
kel urbas kel miawos lo pipe junu int lante vokent
ca bala domo altu cai reges kietun apud videt
kel pipas lo balo grandu portent
dama junu cai pipos verdun sekvet
lo horta cai balos pikun sekvet
lo doma kel urbos lante sekvet
cai fluas cai libros li nines kun portent
arba ca kavalo voket
cai autas kel omos felun lo hunde int sekvent
ca hunda felu lo arbo obset
ca urba ca pomo lasu sekvet
ca dama lo horto junu ca flue grandu int obset
ca pipa li pomos voket
doma cai omos ca dome kun voket
lo agrika kel hortos kietun trovet
kel hundas ca hundo vident
li kavalas miawo obsent
ca kavala rubu kel libros denove jutet
agrika verdu kel pomos amet
kel leraras ca kavalo piku vokent
ca nava vetu leraro sekvet
li fluas cai hundos jutent
ca pipa felu fluo altu obset
li autas ca rego junu obsent
poma grandu ca libro kavale kun voket
ca bala li hundos felun sekvet
li agrikas vetun ca auto piku trovent
kel fluas urbo rapide obsent
lerara ca balo videt
li pipas pikun li arbos verdun ca urbe kun hodie ament
kel miawas junun ca hundo ament
cai agrikas kietun kel regos vetun sekvent
li arbas verdun navo li pipes verdun kun vident
rega kel miawos sekvet
cai arbas cai balos li omes vetun apud ament
ca agrika lo omo amet
cai hundas verdun kel kavalos rubun obsent
ca poma ca pomo lasu jutet
lo auta felu ca pipo miawe sub hodie trovet
ca nina ca navo jutet
ca bala lasu kel autos verdun lo dome apud portet
ca miawa kietu ca libro sekvet
lo rega kavalo kietu ca kavale apud trovet
kel hortas altun ca navo lasu cai pomes altun apud jutent
kel leraras cai pomos li bales apud lante ament
li arbas li agrikos grandun trovent
lo hunda kel autos altun sekvet
lo auta lo omo voket
cai urbas kel damos rubun rapide ament
bala felu arbo grandu videt
li damas lasun pipo kietu jutent
cai autas li pomos verdun libre post obsent
cai damas kietun cai pomos sekvent
ca oma lo hundo nine kun portet
ca nava grandu li damos lo pome rubu sub videt
kel leraras li arbos junun ament
lo miawa cai kavalos felun rapide portet
kel pomas kel balos ca hunde grandu sub obsent
lo flua domo kietu obset
cai kavalas kietun cai autos felun horte apud lante obsent
ca doma lo auto videt
lo pipa kel urbos videt
cai arbas kel omos lo ome apud rapide portent
cai omas junun ca auto vident
kel fluas pikun leraro vident
kel libras ca damo lasu vident
li regas lo damo agrike sub rapide ament
lo nina kel pipos ca kavale kietu kun voket
li damas lo arbo verdu cai urbes apud hodie jutent
lo hunda kietu kel libros lante jutet
cai domas rubun cai agrikos cai autes verdun int vident
ca libra ca pipo trovet
li balas kel domos kel domes int vokent
oma kel kavalos voket
lo flua rego lante trovet
kel domas lo balo trovent
lo pipa vetu libro lante obset
kel regas kietun lo nino cai pipes int vokent
kel ninas cai damos felun urbe verdu apud hodie vident
kel damas felun ca miawo lo aute int vokent
li pomas pipo lante portent
lo auta grandu lo auto piku kel flues post obset
lo hunda kietu lo libro portet
ca kavala vetu hundo ofte trovet
lo rega ca damo amet
lo miawa felu ca urbo grandu hodie jutet
ca lerara vetu li omos denove portet
kel kavalas kel hundos junun vident
pipa cai leraros vetun rapide voket
kel agrikas lasun lo auto vetu ofte jutent
kel agrikas kel libros vident
li hundas li agrikos vetun vokent
lo rega junu lo fluo rapide obset
kel hundas lo nino portent
li balas ca fluo obsent
li ninas altun li omos pikun vokent
arba lo libro junu trovet
ca poma lo arbo junu videt
ca poma cai fluos felun jutet
ca rega grandu lo arbo hodie amet
lo nina cai leraros rapide jutet
flua ca damo rubu rapide portet
kel pipas vetun pipo hodie vident
poma altu kel kavalos hodie sekvet
ca urba cai navos ofte sekvet
ca nava verdu lo nino piku videt
cai pipas verdun lo fluo portent
cai pomas altun cai agrikos pikun lo aute int lante vident
cai pipas felun horto piku denove portent
ca horta cai ninos voket
pipa cai ninos rapide obset
ca doma navo junu li libres post sekvet
cai libras kel pomos grandun jutent
ca nina li fluos portet
cai hundas lo pipo kietu lo agrike altu kun sekvent
ca miawa kietu lo leraro felu rapide voket
ca doma junu cai autos voket
poma cai ninos li dames apud lante videt
lo flua piku arbo videt
lo oma ca damo felu lo dome int videt
rega piku cai kavalos rapide obset
nava grandu cai regos rubun sekvet
lo rega felu lo agriko felu amet
li miawas navo altu rapide obsent
lo doma vetu ca damo amet
lo arba lo kavalo ca kavale rubu sub hodie sekvet
miawa lasu cai regos junun hodie videt
arba grandu ca libro kietu hodie portet
li miawas rubun lo pipo li agrikes apud vokent
kel kavalas ca libro lasu jutent
bala lasu lo hundo voket
lo libra li autos rapide sekvet
li fluas rubun li miawos verdun li reges altun kun trovent
lo auta ca domo voket
lo libra piku pomo altu portet
lo lerara lo omo nave sub trovet
lo poma verdu cai arbos lo flue vetu sub jutet
ca flua kel miawos verdun ca dame int portet
kel ninas lasun cai urbos lo ome apud hodie sekvent
li autas lasun cai pomos altun hodie portent
bala cai hortos junun ofte trovet
cai domas kel urbos lo dome piku apud vident
lo poma kel libros kel reges verdun sub rapide videt
lo urba fluo altu trovet
cai regas lo kavalo trovent
li hortas arbo altu ca lerare post rapide trovent
kel hundas lo miawo grandu cai bales int trovent
kel fluas vetun kel fluos ofte obsent
li balas cai fluos grandun hunde sub ament
cai ninas vetun lo balo trovent
lo kavala grandu navo obset
rega junu ca auto junu ca arbe sub jutet
kel autas li domos verdun kel arbes grandun kun ament
lo hunda rubu ca pomo altu ca hunde apud jutet
lo oma fluo hodie amet
ca rega ca hundo videt
lo nava pomo voket
li domas ca libro trovent
li regas pikun lo kavalo ament
cai pomas kietun ca horto ofte obsent
agrika kietu lo auto lante portet
pipa grandu fluo ofte amet
kel balas li hortos pikun ca libre post vident
lo bala verdu ca urbo altu lo nine int videt
auta ca libro lante voket
lo kavala miawo rubu voket
nina junu lo nino ca lerare felu kun hodie jutet
lo lerara piku nino jutet
ca poma rubu ca horto amet
lo lerara vetu cai omos rubun sekvet
kel agrikas kavalo lo lerare post sekvent
cai ninas omo lasu kel urbes int vokent
kel leraras cai kavalos vetun vident
cai ninas lasun lo libro obsent
kel agrikas lo domo cai libres apud denove obsent
li balas kel pipos lo hunde post vokent
li hundas altun libro cai naves verdun apud jutent
lo rega li hortos ofte sekvet
kel pomas felun cai kavalos lo pome altu int ament
kavala verdu miawo cai domes lasun kun lante obset
lo pipa ca auto kel bales felun sub jutet
kel fluas damo lo rege apud trovent
li arbas rubun kel pipos ofte vokent
cai balas lasun kel miawos rubun ome kun rapide obsent
hunda pipo lerare int hodie amet
lo poma lo fluo ca hunde grandu int videt
lo kavala cai balos vetun trovet
cai pomas verdun cai miawos rubun vident
nava altu fluo trovet
li autas ca agriko hodie jutent
ca nina lasu li autos voket
horta ca libro videt
hunda kietu lo agriko cai autes kun portet
lo lerara ca kavalo vetu lante trovet
ca arba domo rege lasu kun lante jutet
oma fluo trovet
ca rega kietu kel libros junun hodie obset
ca rega grandu omo li flues sub amet
kel pipas rubun li libros lante portent
lo libra verdu cai ninos ca dame lasu sub hodie sekvet
cai omas altun kel domos junun vident
cai agrikas kietun libro denove ament
li regas lo omo altu kavale felu sub ofte trovent
ca doma ca kavalo junu denove amet
ca agrika auto felu portet
poma lasu cai pomos junun denove amet
flua piku ca rego hodie portet
kel domas balo altu hodie vident
ca agrika omo trovet
lo poma altu agriko cai agrikes lasun kun voket
ca doma vetu kel kavalos videt
lo arba lo urbo altu trovet
doma damo lo horte sub videt
ca agrika kietu lo fluo ca urbe felu apud obset
lo oma kel miawos felun jutet
li urbas li leraros urbe post obsent
kel ninas agriko rubu lo nave sub ofte sekvent
li libras ca horto piku vokent
lo arba ca balo obset
kel domas ca fluo kel miawes kun obsent
ca rega ca libro piku ca lerare int ofte portet
ca miawa junu lo leraro rege apud denove videt
li urbas li omos lante obsent
li hortas auto jutent
kel navas junun nino lo nave kun ofte obsent
ca hunda lasu lo damo kietu li urbes kun obset
li leraras pikun li navos altun lo aute rubu apud denove ament
li regas altun cai leraros kel reges felun kun denove vokent
ca hunda kel arbos pikun cai hundes felun sub portet
ca arba lo domo rapide amet
kel omas lo auto kietu sekvent
kel balas grandun cai hortos li bales altun int vident
lerara cai damos hodie jutet
li damas rubun domo lante sekvent
lo doma pomo voket
lo libra verdu cai miawos ca rege apud obset
ca dama cai pomos felun voket
li damas lasun kel leraros rubun ca miawe apud sekvent
lo pipa junu navo portet
lo miawa altu arbo lante sekvet
lo pipa grandu lo pomo verdu obset
urba kel urbos grandun ca agrike int portet
cai arbas junun hundo cai pomes vetun kun denove portent
lo hunda altu hundo verdu videt
cai balas lo balo kietu lo rege kun obsent
ca hunda felu agriko sekvet
lo hunda kel agrikos voket
cai fluas rubun li damos junun hodie obsent
ca nava piku navo jutet
rega piku ca arbo ofte portet
lo flua rubu lo pomo portet
cai kavalas kel kavalos ca miawe post obsent
ca miawa verdu li navos cai lerares kietun kun denove portet
li hortas miawo verdu flue kun jutent
ca libra kel hundos trovet
cai autas ca libro vident
lo lerara auto grandu pome kun sekvet
kel damas kel hundos altun hodie vident
lo agrika piku lo domo lo hunde sub voket
li regas lo auto junu denove sekvent
kel pipas kietun lo omo vident
lo urba felu ca urbo lante sekvet
kel autas ca damo sekvent
lo pipa kel libros jutet
kel pomas altun omo felu ofte vokent
ca libra balo trovet
li pipas ca miawo pipe grandu kun sekvent
kel hundas pikun cai pomos felun portent
rega grandu damo ca horte apud trovet
ca kavala kel urbos lante trovet
li agrikas pikun lo navo kel bales sub portent
urba piku li kavalos pikun trovet
ca rega vetu cai ninos portet
lo oma lo urbo altu cai pipes lasun post amet
lo dama felu li omos rubun videt
kavala li leraros ca arbe int sekvet
ca lerara arbo junu ofte trovet
li ninas pikun ca arbo hodie trovent
kel domas libro verdu cai nines apud hodie obsent
lo nina kietu agriko rubu denove trovet
li omas lo urbo lo agrike felu post trovent
kel arbas kel autos vident
lo nava kel pipos hodie amet
li autas ca rego lo pipe altu sub ofte vident
flua damo lo kavale felu kun sekvet
li hortas nino urbe piku int hodie vident
kavala rubu lo nino rubu obset
cai regas cai urbos cai autes post obsent
cai arbas ca urbo obsent
ca poma rubu li hundos lasun trovet
lo rega cai kavalos lo dome grandu apud rapide videt
cai libras navo felu kel pomes post hodie vokent
lo lerara kavalo lo flue apud sekvet
kel agrikas lo arbo vetu lante ament
dama li arbos lasun hodie trovet
lo auta kavalo videt
kel kavalas li pipos lo hunde apud portent
horta lo agriko vetu sekvet
cai libras miawo ca nine kietu sub vident
kel regas lo omo cai hortes junun apud trovent
kel ninas kel domos vokent
ca lerara ca balo vetu trovet
ca miawa li pomos pikun sekvet
agrika piku ca omo amet
lo lerara lo agriko lasu trovet
cai miawas altun li agrikos altun obsent
kel urbas altun cai pomos lasun vokent
lo lerara kel libros rubun arbe int rapide obset
lo urba lasu li autos voket
li ninas junun kel fluos ament
cai balas lo nino denove obsent
lo rega cai regos kietun nine grandu apud jutet
ca flua rego verdu rapide sekvet
lo bala rubu ca horto rubu ofte portet
lerara piku pomo videt
ca poma ca libro videt
kel omas ca fluo junu li nines pikun int ament
ca kavala kel autos pikun videt
ca arba cai miawos lasun obset
lo rega vetu li damos felun videt
cai urbas lasun ca hundo rege altu apud ament
lo flua felu pipo vetu nave apud obset
li agrikas felun lo nino ofte vident
li pipas lo leraro grandu ca dame kun rapide obsent
kel kavalas lo rego piku ca pome lasu post lante trovent
ca oma li kavalos trovet
ca nina ca agriko cai autes kun videt
li navas cai pipos kietun ofte vokent
kel regas grandun cai miawos altun lerare piku apud ament
ca auta ca horto li hundes pikun kun lante amet
ca doma vetu omo lo horte post voket
ca rega vetu ca domo portet
lo kavala lasu cai agrikos portet
li urbas rubun lo fluo kel urbes apud rapide sekvent
lo libra kietu kel damos lante amet
ca dama junu leraro videt
cai agrikas fluo portent
ca libra cai hortos rubun kel urbes felun kun denove jutet
kel ninas verdun kavalo lasu lante vident
lo auta piku kel kavalos obset
li autas ca omo lo hunde vetu kun rapide vokent
cai navas lo pomo vident
lo flua ca kavalo denove obset
lo dama miawo amet
poma rubu lo rego rapide portet
li arbas verdun lo rego sekvent
cai autas junun lo rego junu trovent
nava kietu lo rego verdu lante obset
ca kavala vetu li regos vetun denove amet
cai agrikas lo balo vident
cai navas ca domo lasu trovent
arba ca domo verdu kel hundes kun ofte portet
lo urba kietu lo damo verdu ofte voket
lo auta li domos rubun jutet
nina cai navos portet
cai omas lo damo portent
nava lo leraro lasu kel reges sub rapide portet
pipa cai domos voket
ca dama kel domos lasun cai pomes kun hodie videt
li pipas lo agriko vetu kel pipes int lante ament
lo arba lasu balo kel flues post jutet
kel domas li leraros felun rapide trovent
auta vetu cai omos obset
li ninas ca horto rubu cai domes kun ament
kel agrikas felun ca domo trovent
cai pomas li agrikos lasun jutent
agrika kel navos ca nave piku kun rapide trovet
lo poma omo felu obset
cai pomas cai agrikos rapide jutent
ca rega grandu kel autos trovet
rega lo pipo rubu lerare post ofte portet
lo libra rubu cai ninos kietun pome post rapide amet
ca hunda lo agriko libre sub hodie voket
ca auta omo felu li dames junun int portet
cai pipas lo libro lo miawe piku sub vident
oma lo damo jutet
bala omo lo rege junu apud rapide voket
li kavalas felun li regos ament
kavala felu balo ofte amet
kel damas felun lo arbo kietu ament
lo libra kietu fluo altu lo flue piku sub obset
kel arbas kietun pomo obsent
miawa vetu kel hortos altun kel libres int obset
cai regas kel domos pikun obsent
nava rego li omes kun trovet
kel regas pikun kel autos lante trovent
li ninas arbo vident
cai omas lo kavalo vetu kel lerares vetun apud sekvent
kel damas horto altu vokent
kel navas vetun auto vident
arba kietu ca rego denove amet
kel ninas lo leraro trovent
cai leraras li libros sekvent
urba lo damo lasu lo urbe junu sub trovet
ca lerara kietu ca hundo flue apud sekvet
li hortas rubun lo pomo cai flues felun apud lante trovent
li arbas rubun kel kavalos arbe grandu kun vokent
flua ca navo altu trovet
ca dama cai fluos obset
lo rega kel domos nave kun jutet
lo oma lo fluo junu ca rege verdu sub ofte sekvet
ca urba cai ninos felun voket
lo nina pipo ca arbe post hodie portet
poma verdu ca domo jutet
libra verdu lo urbo jutet
kel hundas verdun li balos felun ca pome sub rapide vokent
flua cai leraros amet
ca libra li urbos kel omes sub obset
cai domas kel urbos miawe int vident
ca auta pomo rubu ofte portet
li miawas li autos altun trovent
kel regas ca arbo jutent
li kavalas kavalo lo horte sub jutent
li balas urbo ca lerare kun sekvent
ca auta lo navo verdu trovet
ca libra leraro grandu obset
cai domas cai pipos felun vokent
cai damas kel navos kel lerares post sekvent
kel regas kel regos ca pipe apud rapide obsent
kel miawas li agrikos vokent
cai regas lo pipo li reges rubun apud vident
kavala junu li urbos verdun lo dame grandu kun obset
kel regas altun lo leraro hodie portent
libra rego agrike post amet
li omas grandun ca nino rapide trovent
nina vetu lo miawo li lerares kun amet
ca nava fluo felu cai omes apud trovet
lo miawa leraro grandu jutet
agrika ca damo kietu obset
kavala felu cai omos flue post amet
ca rega kel damos hodie voket
cai fluas grandun ca pipo lasu obsent
cai pipas ca libro felu ca flue kietu kun sekvent
cai navas verdun cai urbos felun denove vident
lo auta altu libro rubu jutet
agrika li balos hodie voket
kel navas li fluos vetun cai hortes kun ofte sekvent
ca hunda li balos junun videt
dama junu libro ca libre int lante amet
nina verdu ca fluo lante obset
lerara lo hundo lante voket
li kavalas cai arbos pipe kietu sub vokent
cai arbas kietun lo miawo kel omes kun ament
kel arbas ca kavalo sekvent
li domas kel fluos vident
li hortas grandun cai hundos kietun sekvent
lo hunda cai hundos sekvet
kel domas altun ca rego ament
oma rubu lo navo felu pome kun hodie portet
kel pipas ca horto li pomes apud trovent
cai pomas felun ca agriko hodie sekvent
dama piku arbo kel nines lasun post jutet
doma ca arbo ome rubu int obset
lo arba vetu lo horto voket
kel pomas grandun li hortos cai flues altun int ament
arba omo rapide voket
ca urba cai urbos amet
horta lo agriko li naves int rapide portet
li arbas lasun cai hortos vetun vident
cai navas kel hortos ca arbe apud ofte jutent
lo agrika vetu ca balo hunde apud denove amet
ca lerara ca hundo videt
lo lerara ca urbo lo bale sub voket
kel miawas lo hundo kietu ca pome int lante jutent
auta cai navos pikun jutet
kavala li domos lo flue felu post hodie portet
ca dama libro amet
cai omas rubun cai navos altun vident
ca nava ca arbo libre verdu apud videt
kel domas lasun kel omos altun dome verdu apud vident
kel libras cai autos obsent
li hundas nino lo libre kietu apud portent
cai omas cai pomos altun jutent
li navas grandun lo agriko lo rege apud ament
cai pipas li pipos vident
lo nava kel damos ofte sekvet
rega piku lo miawo felu hodie amet
cai leraras cai autos pikun li pomes kietun int ament
ca hunda felu ca horto trovet
li hundas ca kavalo ofte portent
ca lerara kel autos jutet
kel damas lo fluo ament
libra kietu kel pomos obset
ca lerara piku agriko lante jutet
ca nava horto grandu arbe sub videt
agrika kietu ca pipo vetu rapide sekvet
kavala urbo grandu sekvet
kel agrikas ca hundo vokent
li autas altun ca balo li hundes apud vokent
kel hortas ca balo vident
li damas lo fluo altu obsent
ca rega auto ca dame kun denove jutet
ca arba li omos dame felu apud jutet
nina lo pomo ca pome int voket
lo oma kavalo felu lo agrike int voket
ca kavala li arbos videt
kel hortas lo pipo felu denove vokent
lo hunda kietu li leraros trovet
kel pipas ca horto lo miawe int jutent
lo horta verdu hundo lasu videt
kel regas verdun kel omos altun trovent
urba kietu lo hundo trovet
horta kel fluos ca ome int videt
lo urba li leraros lo kavale kun sekvet
lo lerara rubu kel libros pikun ome sub hodie portet
kel miawas rubun cai navos lo urbe felu sub sekvent
kel pipas lasun kel ninos kietun kel naves int sekvent
lo lerara grandu ca libro kietu trovet
urba li navos grandun lante sekvet
ca oma cai balos altun cai bales post lante voket
ca libra li damos verdun agrike junu int amet
ca miawa verdu ca fluo rapide amet
lo kavala junu li urbos trovet
cai arbas lasun lo miawo kietu lerare int lante portent
ca kavala cai leraros ca nave kun jutet
lo miawa grandu li navos verdun li pomes int voket
ca kavala cai navos rubun hodie portet
ca hunda rubu ca navo lasu amet
cai hortas hundo vident
ca auta lo balo obset
li miawas lo rego rubu ament
pipa kel leraros ca ome post amet
kel agrikas balo portent
kel hortas ca agriko kietu denove obsent
rega lo libro vetu ca pipe rubu apud rapide trovet
li hundas lo agriko vetu bale int portent
ca kavala verdu ca pomo cai nines grandun apud denove videt
cai ninas grandun ca omo lante trovent
li libras ca agriko li urbes kietun int vokent
lo nina altu cai hortos grandun ca libre rubu int ofte voket
lo oma grandu domo cai arbes vetun int portet
hunda piku lo libro kel miawes grandun apud trovet
li omas kel hundos verdun ofte jutent
cai arbas rubun lo miawo ca flue kun sekvent
kel pomas kietun kel libros cai pomes grandun sub jutent
cai libras ca omo lo dome post rapide obsent
cai agrikas lo hundo ca ome felu int vokent
kel hundas miawo felu kel miawes apud sekvent
kel hundas kel regos altun denove ament
li omas libro rapide obsent
cai urbas ca agriko lo horte kun vident
horta li ninos verdun denove voket
ca oma kel balos grandun ca urbe grandu post jutet
cai urbas junun kel regos hodie jutent
lo flua felu li omos rege post jutet
ca libra lasu lo omo rapide sekvet
ca pipa lasu ca balo lo kavale sub ofte portet
kel libras lo navo vident
doma lasu miawo portet
urba felu lo navo lo agrike vetu sub sekvet
ca nina cai damos cai dames felun post videt
kel balas horto lante jutent
lo rega kietu lo balo trovet
urba verdu kel balos grandun lo dome sub ofte obset
lerara horto li pomes int amet
kel arbas cai damos sekvent
lo auta miawo verdu trovet
li leraras grandun lo fluo verdu ofte sekvent
li libras ca miawo lante trovent
lo pipa lo pipo obset
hunda piku horto li miawes int rapide jutet
lo urba altu ca omo grandu ca arbe grandu int lante amet
kel regas grandun ca leraro kel omes int lante vokent
cai damas grandun ca hundo verdu ofte ament
agrika lo damo grandu denove amet
auta agriko vetu li autes int voket
ca kavala navo rubu trovet
urba lasu arbo voket
li ninas lo domo lo nine int portent
nava junu ca pomo kietu kel arbes kun ofte sekvet
ca bala arbo rubu videt
kel urbas lo damo piku portent
li libras verdun kel libros vetun lante obsent
ca horta piku ca pomo felu ca miawe kun voket
lo urba lasu arbo vetu rapide trovet
kel autas agriko altu denove trovent
lo flua kietu ca miawo horte kietu sub sekvet
doma kel navos kietun lante trovet
nava leraro felu nine grandu int rapide jutet
ca flua li arbos kietun lo libre post lante voket
li hundas cai miawos lasun ament
lo nava kel regos portet
li hortas ca leraro kietu hodie portent
flua ca arbo agrike apud sekvet
li omas auto sekvent
kel miawas li regos ca flue apud rapide trovent
ca kavala ca omo lerare sub obset
li ninas li agrikos altun lante portent
nina rubu li navos pikun lo hunde apud hodie trovet
lo arba omo lante sekvet
li ninas pikun lo domo sekvent
kel agrikas libro rapide ament
miawa verdu ca miawo jutet
ca arba verdu lo arbo grandu li nines sub trovet
lo kavala li pomos kietun portet
lo arba vetu kel omos kietun lante obset
ca nina kietu li ninos pikun ca bale apud jutet
auta ca agriko kietu hodie trovet
cai navas grandun kel pomos obsent
li balas lo arbo kietu cai pipes junun post denove obsent
hunda kel hortos obset
cai pomas ca domo kietu ament
ca bala leraro videt
li urbas ca nino hodie ament
cai libras cai fluos junun obsent
ca poma piku hundo amet
bala kietu balo voket
lo kavala vetu kel omos lante videt
hunda lo miawo ca kavale sub obset
lo horta cai omos videt
cai hortas kel hundos ament
ca bala kel leraros verdun ofte amet
kel damas li autos sekvent
cai balas kel agrikos sekvent
ca kavala vetu ca pomo grandu obset
ca hunda kietu kavalo lasu obset
li damas lo navo vetu obsent
kel domas grandun ca pipo ofte vokent
ca urba junu ca pomo sekvet
li balas ca omo piku ofte ament
lo miawa cai balos pikun li domes grandun apud amet
lo arba lo libro verdu voket
lerara rubu pomo piku portet
bala ca hundo piku flue post amet
poma junu li balos li urbes verdun sub jutet
lo oma lo libro jutet
cai omas cai arbos obsent
ca nina ca libro videt
kel agrikas lo navo li urbes kun vokent
ca dama li leraros hodie voket
ca libra cai hortos rubun videt
lo dama altu lo leraro amet
nina agriko piku videt
lo agrika kel miawos amet
lo poma grandu libro amet
ca urba rubu rego portet
dama libro ca rege post jutet
kel pomas pikun lo fluo hodie vokent
agrika lo balo li hortes post portet
ca doma ca damo jutet
kel autas lo arbo rubu li urbes rubun post sekvent
ca horta verdu li pomos trovet
cai hundas kel arbos vident
ca nina cai kavalos li pomes lasun int sekvet
lo flua lo horto videt
ca arba rubu li omos verdun lante jutet
kel domas lo damo rubu jutent
ca poma piku balo ca arbe int amet
cai regas altun kel regos ca kavale sub rapide trovent
rega junu lo hundo verdu libre apud jutet
ca urba felu ca omo lasu lo pome apud obset
kel hortas lo nino hodie sekvent
lo lerara kel hortos kel urbes verdun kun voket
nava altu cai hortos voket
kel pomas pikun kavalo trovent
libra kietu ca damo sekvet
kel pomas lasun pipo li lerares rubun int obsent
kel omas damo li dames grandun post obsent
kel ninas kel autos junun lo aute felu kun sekvent
li autas lo pomo rapide sekvent
lo kavala nino kietu videt
li fluas junun cai damos obsent
ca nava grandu lo horto kietu sekvet
ca agrika altu li arbos jutet
ca agrika vetu cai ninos felun portet
kel kavalas lo kavalo grandu ament
cai damas cai navos grandun lante obsent
cai miawas hundo junu denove ament
li kavalas grandun li libros junun obsent
ca auta ca leraro junu cai pipes sub denove sekvet
ca miawa ca nino sekvet
cai hortas cai miawos verdun vokent
cai damas ca domo ament
li navas cai omos vetun lo pipe altu int rapide sekvent
lo kavala grandu auto sekvet
lo doma verdu urbo trovet
lerara li damos pikun amet
poma ca domo felu denove portet
lo flua ca balo ca miawe apud hodie videt
cai pomas ca omo altu sekvent
ca agrika lo rego ofte jutet
li arbas ca urbo cai pipes int jutent
agrika lasu lo pomo videt
ca libra kel hortos altun lo dame int videt
kel pipas ca pomo cai urbes rubun sub portent
lo doma ca nino vetu portet
flua kavalo horte kun ofte obset
ca bala pipo cai dames post obset
libra lo balo amet
kel arbas kel agrikos vokent
lo flua libro rubu trovet
libra cai pomos lo libre kietu int hodie portet
poma verdu ca arbo lo nine apud videt
libra pipo kietu flue verdu sub denove amet
horta ca damo amet
lo arba kavalo obset
lerara kel leraros ome kietu post sekvet
cai damas cai domos portent
urba lo auto videt
kel pipas kel fluos denove trovent
cai pomas junun ca fluo ca miawe sub vokent
kel regas lo kavalo obsent
nina kietu agriko ca bale post ofte trovet
lo doma lasu balo verdu libre felu post trovet
cai navas junun lo pomo altu ofte sekvent
cai libras lo auto ament
lo rega felu auto felu rapide obset
oma li hortos denove amet
cai regas kel urbos trovent
ca nina ca urbo voket
urba li pipos vetun lo pipe piku sub videt
cai omas pikun cai pipos felun trovent
kel leraras cai ninos denove portent
ca horta junu lo pipo amet
li libras ca omo jutent
lo bala kel pomos verdun amet
arba li fluos junun denove videt
kel pomas cai libros felun denove sekvent
nina lo horto videt
li kavalas leraro hodie portent
li miawas lo omo cai naves apud obsent
nina kel autos videt
kavala kel libros grandun li libres sub obset
hunda ca omo ofte portet
poma lo hundo ca nave sub hodie portet
cai urbas ca damo felu ca pipe post ament
lo horta cai agrikos vetun jutet
lo horta lo hundo junu kel hundes junun int obset
lo doma altu horto rubu ome kun hodie trovet
hunda kel pipos obset
kel libras altun cai urbos trovent
lo auta verdu cai balos junun cai lerares int obset
ca nina ca horto cai libres int hodie trovet
rega kel arbos portet
kel leraras ca miawo kel reges felun post vident
lo oma cai domos nave sub rapide videt
kel agrikas lo miawo lo lerare kun rapide portent
kel autas ca kavalo kel libres apud obsent
ca pipa lo urbo li arbes int jutet
doma cai hundos portet
lo arba libro li libres int portet
cai pipas lo damo vokent
kel urbas lo leraro trovent
li leraras rubun omo li kavales int lante jutent
ca doma junu navo rubu ca miawe rubu sub hodie trovet
li omas lo fluo vokent
lo nava vetu ca rego sekvet
lo doma vetu cai libros urbe apud amet
kel kavalas lo miawo li naves sub obsent
li pomas kietun kel kavalos jutent
cai balas ca libro rubu lante obsent
cai fluas felun lo kavalo rubu vokent
kel urbas pikun ca horto cai naves vetun kun hodie obsent
dama cai fluos ofte trovet
oma cai pipos ca nave felu apud trovet
hunda piku leraro kietu lo lerare int jutet
li urbas cai pipos jutent
kavala pomo altu portet
kavala ca pipo felu voket
ca nina li autos denove sekvet
kel pipas ca leraro altu portent
kel kavalas ca hundo li naves kietun sub lante portent
dama fluo vetu lante voket
cai fluas cai agrikos pikun sekvent
ca nina kietu kavalo grandu lante trovet
li fluas kel arbos lasun dame apud vident
ca doma kel ninos rapide portet
ca bala kavalo portet
kel pomas pikun li domos lo pipe apud lante trovent
lo kavala lo libro jutet
ca urba vetu rego piku ofte jutet
horta kel kavalos ofte portet
cai libras lo horto junu denove jutent
li pomas cai domos ament
lo miawa libro ofte portet
lo rega junu kel agrikos amet
lo pipa ca libro cai pomes verdun kun ofte obset
li navas li navos junun urbe verdu sub rapide vokent
lo dama felu cai autos lo kavale kun amet
li hortas junun li omos jutent
lo bala li libros li flues felun apud trovet
li navas lasun li miawos kel pipes altun apud trovent
nava ca balo amet
ca bala junu leraro hodie sekvet
lo nina grandu ca omo lante voket
cai balas li autos rapide portent
kel libras grandun li leraros vident
nina piku kel damos lo kavale int sekvet
lo horta ca domo lante trovet
nava vetu kel hundos trovet
kel libras kel libros rubun sekvent
ca arba lo arbo voket
li agrikas kel hundos lo urbe grandu sub vident
kel libras ca urbo altu lo urbe kun portent
li damas lo auto sekvent
lo poma altu leraro ofte sekvet
lo auta lo miawo altu obset
cai pomas cai navos altun cai domes kun hodie ament
lo rega altu ca omo li agrikes apud lante videt
bala junu cai navos ofte portet
kel arbas ca omo portent
lo rega lo miawo lo pipe int denove trovet
lo flua rubu lo omo portet
li libras lo damo sekvent
cai ninas rubun li navos jutent
ca lerara lasu cai hortos rapide sekvet
ca dama altu kel regos pikun lante amet
cai libras kel damos verdun lante trovent
hunda lo navo trovet
lo flua lo damo kietu lante obset
auta ca agriko obset
ca nina ca fluo trovet
ca oma junu ca balo ofte trovet
cai hortas ca omo trovent
cai autas cai navos vetun li flues apud lante jutent
kel urbas ca fluo sekvent
rega cai balos lante amet
cai navas ca damo felu cai miawes sub lante obsent
lo arba ca rego voket
kel miawas urbo trovent
li libras grandun lo miawo hodie vokent
lo auta cai pipos felun ca hunde grandu sub voket
nina damo cai hortes int trovet
cai damas arbo lo aute post ament
kel urbas lo miawo vokent
cai balas altun ca urbo lasu ca pipe kun rapide vokent
kel leraras kietun lo pomo piku vokent
li agrikas kel pipos vetun li pipes int ament
lo auta vetu ca pipo ca bale grandu int jutet
li leraras cai pomos kietun lante vident
cai autas ca domo piku portent
cai miawas ca arbo ca pipe grandu int lante obsent
lo arba lo miawo vetu hodie trovet
lo auta ca horto lasu dome sub portet
kel omas ca horto denove jutent
cai libras junun kel kavalos verdun ofte trovent
li miawas lasun ca urbo kietu ofte ament
li ninas grandun li hortos jutent
li hortas li urbos jutent
lerara ca omo voket
flua ca miawo lante amet
ca horta rubu lo urbo trovet
li pomas lo arbo vetu rege post denove vokent
cai agrikas damo rapide trovent
kel ninas grandun li hortos rapide sekvent
ca auta kel pomos rubun ca kavale int sekvet
horta kel navos kietun amet
ca oma kietu pomo amet
li kavalas vetun kavalo pome vetu int obsent
cai urbas cai pipos vokent
ca miawa miawo junu dame junu post denove portet
kel regas kel ninos jutent
oma leraro lo pipe post jutet
ca agrika felu li agrikos pikun li flues kun portet
ca libra lo libro ca rege junu int hodie sekvet
lo miawa vetu navo altu ca pome felu post hodie voket
ca urba ca agriko ca pome kun videt
nina horto rapide videt
li urbas kietun ca pomo lo libre junu sub sekvent
lo miawa ca rego sekvet
cai autas lasun cai omos vokent
ca arba miawo junu kel miawes post denove obset
li libras felun lo miawo jutent
ca poma kel navos lante portet
ca pipa ca horto lasu jutet
cai omas li agrikos pikun ca dame apud ofte sekvent
lerara libro grandu amet
ca lerara felu ca navo videt
li omas lasun lo nino piku vokent
ca lerara verdu cai hundos portet
ca auta cai libros rapide portet
auta pomo verdu videt
kel regas altun horto kietu ca pipe piku apud lante trovent
kavala altu li domos vetun voket
li pipas kavalo felu vokent
li urbas lo miawo jutent
agrika kel agrikos altun amet
cai fluas cai regos kel arbes junun kun ofte ament
kel autas kietun ca navo rapide vokent
lo doma li damos hodie sekvet
kel pipas li autos vident
nina grandu ca libro sekvet
cai agrikas li omos sekvent
cai urbas domo kietu portent
ca pipa felu ca kavalo rapide obset
ca auta li hundos lante jutet
cai balas felun ca pomo junu sekvent
nina cai fluos li reges verdun apud sekvet
ca oma lasu lo balo grandu hodie jutet
lo hunda ca pomo nave sub jutet
lerara kietu cai pipos verdun sekvet
lo auta ca agriko rapide portet
lo auta pipo felu ofte trovet
li ninas vetun cai navos ca nine sub trovent
lo hunda agriko felu li kavales lasun int videt
horta piku kel fluos kietun videt
libra vetu ca libro portet
lo pipa kel omos hodie sekvet
lo libra rubu li kavalos videt
doma arbo videt
ca auta nino felu lo nine int jutet
ca poma felu lo domo junu lante voket
lo pipa ca urbo sekvet
ca lerara kel urbos portet
auta lo navo lo lerare piku kun jutet
ca rega junu kel ninos altun li agrikes kun lante obset
lo dama rubu ca arbo felu kel hundes lasun post portet
ca lerara lo omo pipe apud trovet
lo urba rubu ca balo junu hodie jutet
urba felu lo agriko grandu trovet
kel ninas kel kavalos portent
ca auta vetu cai miawos videt
ca doma vetu kel autos vetun lante amet
li hortas vetun lo libro junu trovent
cai domas vetun cai hortos kavale int ofte portent
agrika auto denove obset
lo auta lo arbo ofte portet
kel hortas ca balo ca bale felu post portent
li hortas lo leraro denove ament
ca libra lo auto obset
poma kel agrikos li reges verdun apud obset
kel autas kel navos ca nine kun ament
lo lerara ca pomo amet
lo lerara cai ninos ofte voket
kel balas kietun ca damo lante portent
li ninas li ninos li bales int vident
kel pipas pikun pipo rubu portent
kel autas kavalo kietu trovent
hunda lo domo felu cai agrikes sub jutet
lo poma piku ca auto sekvet
li kavalas navo arbe kun rapide vident
lo urba li ninos portet
cai arbas kel miawos altun denove portent
poma balo lante obset
li pomas grandun lo navo ca kavale felu post vident
lo libra lo miawo felu lo nine kun amet
ca nava felu lo omo obset
ca hunda kel autos jutet
lo arba rubu li pipos jutet
ca nava cai urbos vetun lerare apud jutet
li autas pikun lo leraro ca bale apud hodie sekvent
ca urba kietu kel balos portet
li domas ca nino ament
kel omas li arbos cai libres junun int ofte vokent
lo pipa felu fluo videt
kel fluas cai leraros felun ca horte kietu kun vident
libra li autos felun lante trovet
miawa lo omo hodie voket
kel domas verdun ca leraro pipe int obsent
ca doma kietu ca leraro aute junu apud denove videt
ca lerara navo urbe felu apud voket
lo flua li pipos pikun denove jutet
ca miawa vetu fluo denove trovet
ca hunda ca rego piku kel hundes int sekvet
cai agrikas li omos cai domes post ament
lo auta grandu kel kavalos junun videt
kel leraras vetun li ninos kel pomes kun portent
ca poma kel domos ca horte vetu apud voket
cai leraras kel pomos ca flue felu sub ofte portent
kel autas rubun lo fluo vetu rapide sekvent
ca bala rubu ca omo videt
lo auta cai damos pikun trovet
ca rega vetu kel fluos felun jutet
li navas altun cai ninos ofte portent
lo hunda lasu ca nino jutet
ca rega kietu ca libro rubu ca horte verdu post portet
cai pomas altun ca balo vokent
kel ninas pikun ca nino ca nave kietu sub sekvent
cai navas ca urbo lo libre sub portent
ca arba ca agriko felu cai flues post trovet
li hundas li hortos portent
li navas rubun li fluos ofte vokent
miawa lasu agriko li hortes apud ofte amet
li urbas vetun li damos pikun sekvent
cai navas verdun li damos aute post portent
li fluas vetun li miawos kietun sekvent
kel fluas ca auto ca arbe apud obsent
lo rega lo agriko kel domes sub hodie trovet
auta domo grandu ca arbe post voket
ca hunda kietu ca nino rege apud trovet
cai miawas pipo junu lante vident
ca nava junu ca kavalo trovet
nina domo lasu voket
ca pipa felu lo miawo vetu hodie jutet
kel fluas rubun ca libro vident
li urbas grandun li regos altun ament
ca auta kietu kavalo ofte trovet
ca auta altu leraro ca kavale int sekvet
li ninas grandun navo hodie portent
pipa cai arbos rubun jutet
cai hortas lo damo lante vokent
nina kel kavalos cai libres rubun kun portet
lo arba felu lo rego lo rege felu sub sekvet
kel leraras altun pipo libre int ament
lo miawa grandu lo nino amet
lo miawa ca auto ofte videt
lo nava cai navos felun voket
kel domas kietun nino lo arbe apud vokent
nina lo arbo verdu lo horte post amet
lo horta lo balo kietu ca aute post videt
ca bala ca leraro felu ofte portet
flua junu fluo vetu hodie jutet
li navas felun cai domos vetun sekvent
hunda junu lo auto trovet
oma felu domo ca lerare sub videt
ca auta lasu ca miawo grandu kel agrikes kun rapide voket
ca auta li regos lasun voket
ca doma ca libro junu hodie sekvet
kel kavalas lo omo ca flue sub obsent
ca doma kel ninos amet
ca miawa rubu leraro rubu voket
cai navas li regos rubun denove jutent
ca agrika pomo kel pipes int obset
rega li hortos horte vetu int trovet
libra piku cai ninos rapide videt
cai leraras fluo li autes kun jutent
cai autas grandun kel navos denove vident
nina kietu cai ninos lo dame vetu post denove obset
ca arba lasu cai pipos pikun portet
kel pomas li omos ament
cai arbas ca libro ament
kavala lo pipo verdu videt
lo libra vetu cai regos amet
cai agrikas nino portent
lo kavala arbo ca rege kun lante jutet
lo nina kel agrikos cai pomes post amet
cai kavalas lasun lo miawo jutent
libra lo hundo lo dame vetu kun portet
kavala ca agriko jutet
li pomas verdun lo pipo piku trovent
lo poma felu ca domo cai lerares sub amet
kel leraras vetun rego kietu rapide ament
ca oma kel miawos portet
ca auta lo pomo li lerares rubun apud videt
lo nava vetu agriko sekvet
cai navas lo domo kietu denove sekvent
lo oma grandu li damos grandun li pomes kun trovet
lo horta rubu li urbos grandun amet
ca pipa piku agriko obset
ca miawa grandu li hortos lasun sekvet
kavala piku lo horto sekvet
cai agrikas lasun li domos vokent
lo miawa cai urbos junun sekvet
hunda kel ninos voket
hunda altu kel agrikos kel flues grandun kun voket
lo bala kietu ca agriko voket
lo bala li kavalos grandun videt
flua piku li ninos vetun lo rege kun portet
kel agrikas kel navos ca arbe vetu int ofte ament
ca horta piku ca domo cai reges sub portet
li domas rubun li navos pome int jutent
ca flua kel pomos obset
lo auta li miawos lo horte int ofte trovet
doma lo omo obset
ca arba damo verdu voket
cai damas ca pomo lo aute post hodie vokent
li kavalas li libros jutent
li pomas felun kel urbos obsent
ca kavala li ninos altun trovet
lo nava kel pipos ca hunde apud lante videt
doma piku lo fluo trovet
cai miawas pikun kel arbos hodie portent
flua ca hundo jutet
flua vetu cai ninos verdun kel kavales apud obset
cai balas cai hortos sekvent
ca horta vetu li leraros sekvet
lo nava ca pomo rubu videt
lo lerara cai ninos voket
ca horta kel damos obset
kel hortas cai urbos portent
doma altu lo kavalo kietu videt
li arbas rubun lo horto libre int hodie ament
kel agrikas balo lo libre altu kun vident
lo doma li leraros kietun amet
li libras verdun li ninos li domes int ofte ament
ca auta felu ca auto grandu portet
ca poma damo videt
ca nina kel hortos rubun ca lerare kun hodie voket
oma vetu ca nino kietu ca pipe junu post obset
ca bala verdu auto amet
kel libras cai fluos li libres kun lante vident
lo oma rubu ca balo obset
dama kel autos lante amet
lo hunda lo hundo felu trovet
li fluas li libros lasun obsent
kel hundas ca urbo felu vokent
ca pipa li pipos kietun rapide amet
cai arbas cai hortos rapide ament
lo nina li omos ofte trovet
agrika vetu rego denove voket
li kavalas kel pomos rubun ca bale post trovent
ca miawa ca miawo rubu portet
cai pipas li regos ca horte post hodie trovent
li arbas cai arbos trovent
li autas kietun ca rego ofte portent
ca lerara lo damo lante obset
ca nina vetu cai fluos ofte sekvet
lo libra piku li kavalos ca rege grandu post obset
lo doma kel domos voket
li pipas ca kavalo dame felu sub sekvent
li omas cai hortos kietun ca urbe sub trovent
kel arbas li kavalos lasun jutent
oma verdu balo altu videt
ca horta kel omos amet
li pipas lasun lo balo rapide ament
li pomas ca libro verdu ome altu kun denove jutent
lo flua ca leraro rubu rapide trovet
oma kietu lo auto agrike lasu post rapide sekvet
libra li hortos pikun videt
cai damas lo rego grandu kel lerares rubun int jutent
lo miawa cai agrikos jutet
li arbas lo kavalo nine felu kun rapide obsent
lo rega verdu lo urbo amet
nina hundo portet
lo nava felu ca nino junu rapide trovet
kel pomas lo arbo grandu ofte jutent
bala ca arbo lo libre sub portet
lo arba altu kel balos sekvet
lo agrika verdu lo fluo rubu cai autes post videt
kel ninas kel autos rapide jutent
nina verdu ca domo amet
lo lerara ca horto rubu lo horte grandu post hodie trovet
lo flua junu li agrikos nave apud ofte obset
cai navas ca agriko trovent
li agrikas li fluos rapide vokent
cai fluas ca damo verdu sekvent
arba lo nino felu amet
ca nava lo horto videt
li hortas li omos ament
bala felu pipo felu ca libre verdu int voket
bala lasu urbo rubu lo aute felu apud obset
cai kavalas li pomos vokent
kel pomas miawo rapide ament
ca oma kietu ca miawo piku aute apud hodie portet
lo lerara cai regos lante jutet
ca bala rubu ca pipo sekvet
lo oma junu ca nino grandu portet
li damas grandun lo urbo li agrikes kun obsent
rega verdu ca leraro altu denove jutet
dama cai libros verdun li nines int amet
kel balas ca libro vetu vokent
pipa lasu ca arbo voket
lo auta li leraros kietun hodie portet
ca nina junu li navos verdun videt
lo agrika lo balo li dames sub obset
lo nina ca nino altu rapide trovet
urba lo balo ca flue kun sekvet
ca nava lasu ca libro jutet
urba li omos lante obset
li agrikas ca horto vetu lo aute altu post ofte obsent
lo nina ca fluo amet
li balas pikun ca rego arbe piku apud portent
lo pipa lasu ca leraro voket
ca horta altu li arbos pikun ca horte altu sub portet
hunda li kavalos vetun lante trovet
nina grandu fluo lasu cai hundes sub amet
li arbas li kavalos ament
kel miawas ca arbo kietu portent
cai pipas ca auto vident
ca bala grandu li omos ca pipe sub sekvet
kel autas kietun li fluos ome kun hodie trovent
li agrikas lo navo obsent
lo agrika ca damo piku sekvet
kel hundas cai damos lasun vokent
kel domas kavalo kietu li dames apud hodie obsent
oma grandu domo grandu jutet
li arbas damo ament
li hundas ca urbo obsent
lo poma kel autos rapide portet
ca nava felu kel pipos vetun rapide sekvet
cai omas ca hundo lo bale apud rapide vident
lo agrika ca miawo altu nine int rapide obset
ca libra vetu kavalo piku denove amet
li kavalas domo hodie vident
ca poma vetu ca pipo vetu kel miawes kun jutet
kel leraras kietun ca agriko lante jutent
ca bala lo agriko denove amet
cai miawas verdun lo rego lo dame verdu sub ament
ca nina ca pomo altu bale post portet
lo oma pomo portet
rega lo miawo ofte videt
lo lerara ca agriko altu kel libres post portet
flua verdu lo agriko videt
cai ninas felun li ninos felun trovent
hunda kel miawos portet
ca pipa vetu ca nino kietu jutet
kel pomas lo omo rapide sekvent
lo pipa li urbos pikun denove obset
lo flua verdu miawo kietu ofte obset
cai kavalas li urbos felun miawe int trovent
cai urbas li hortos lo urbe altu apud vokent
lo rega vetu ca auto videt
lo urba lo navo rubu lo hunde sub obset
lo poma junu libro junu lo arbe altu sub hodie sekvet
ca poma kietu li libros sekvet
ca pipa agriko trovet
lo bala agriko lo pome post obset
kel hundas verdun kel fluos junun portent
cai domas kietun balo sekvent
ca agrika kel hortos jutet
ca dama kel autos voket
kel miawas damo obsent
ca nava vetu kel pomos li dames int videt
ca agrika ca balo rubu denove jutet
lerara verdu cai navos cai bales int jutet
lo agrika lo navo cai autes grandun kun voket
cai hundas lo horto lo nine rubu sub obsent
kel agrikas kel regos portent
lerara kietu pipo kel hundes junun sub denove amet
kel balas lasun ca pomo kietu vident
li ninas li hundos kel miawes sub rapide vokent
nava ca auto amet
li ninas ca balo denove sekvent
rega li fluos felun sekvet
libra rubu kel domos grandun obset
miawa ca damo piku ofte jutet
cai leraras lo miawo altu vokent
lo doma lo fluo grandu videt
kel kavalas rubun ca agriko jutent
lo kavala cai omos li omes apud videt
li kavalas rubun li fluos felun hodie vident
li hortas navo rubu ca urbe lasu apud trovent
kel pipas lo fluo verdu lo flue sub vokent
hunda lo pomo lasu sekvet
lo horta lo miawo trovet
li damas cai regos kel agrikes grandun apud ament
li damas verdun ca kavalo altu kel autes int trovent
li domas nino hodie sekvent
lo horta rubu lo arbo junu sekvet
miawa altu ca rego ca libre verdu kun videt
ca miawa junu rego rubu li naves grandun apud portet
miawa leraro jutet
kel damas pikun auto grandu lante vokent
cai arbas vetun ca miawo vokent
li pomas kel agrikos ca rege post obsent
kel omas miawo verdu kel kavales post vokent
kel regas ca arbo rubu lante vokent
kel kavalas rubun cai pomos felun portent
ca poma lo rego kietu ca lerare kun videt
li regas lo pomo lo dome kun ament
lo doma felu pipo altu lo lerare piku kun portet
li libras rego trovent
ca agrika arbo obset
libra piku miawo altu ca nine kun trovet
cai kavalas kel autos felun ament
kel domas ca hundo lo aute sub hodie trovent
lo auta kietu lo auto trovet
urba lo domo verdu lante trovet
cai navas grandun rego lasu obsent
ca doma piku lo navo portet
oma ca agriko vetu rapide videt
ca auta kel leraros li omes sub obset
ca horta balo ome sub sekvet
lo oma vetu urbo kel flues post ofte amet
horta ca kavalo voket
ca urba ca pipo junu amet
cai miawas kietun lo kavalo trovent
li navas damo verdu obsent
cai damas kavalo grandu ofte trovent
li regas lasun ca rego kietu obsent
ca pipa agriko felu amet
hunda lo auto sekvet
ca hunda cai arbos ome sub rapide sekvet
poma lo horto jutet
li agrikas ca omo portent
lo doma ca arbo kietu sekvet
cai leraras lo leraro hodie trovent
lo poma auto amet
nava kel pipos altun lo agrike altu apud voket
li kavalas ca libro hodie obsent
horta vetu ca miawo amet
lo nina lo libro rapide amet
ca flua junu ca fluo amet
ca kavala lo urbo rubu sekvet
ca poma piku cai damos voket
ca rega cai damos videt
ca libra kietu li balos amet
lo poma cai omos trovet
lo libra lo pipo piku lante videt
cai hortas cai kavalos kietun rapide vident
ca nava altu lo damo verdu voket
kel kavalas libro piku rapide sekvent
poma junu li hundos trovet
cai autas lo pomo felu denove vokent
pipa ca libro sekvet
lo lerara junu cai damos sekvet
ca bala li miawos verdun obset
ca lerara lo fluo lasu videt
lo auta lo pipo videt
lo pipa rubu cai domos cai kavales post videt
ca miawa lasu ca agriko lasu denove videt
urba kavalo lo dome grandu int portet
ca kavala rubu kel agrikos portet
ca kavala verdu kel hortos lo nine vetu int sekvet
oma ca balo hodie videt
li leraras urbo jutent
kel pomas pikun kel ninos trovent
cai fluas junun kel pipos ca dame int rapide portent
doma verdu kel omos hodie portet
bala verdu li navos vetun li dames kun portet
agrika piku lo arbo ca urbe post lante jutet
li arbas li domos verdun rapide jutent
li agrikas lasun auto obsent
lo nava li autos junun voket
horta hundo portet
ca urba grandu lo omo lo aute kun obset
lo kavala horto junu pome kun ofte trovet
li kavalas ca balo verdu obsent
cai fluas lo fluo vetu obsent
lo libra lo fluo vetu amet
lo auta rubu cai regos pikun voket
ca auta ca leraro felu amet
libra cai domos lante jutet
li regas vetun li balos hodie vident
cai pomas kel libros vident
kel ninas junun libro jutent
ca nina li omos ca urbe post jutet
kel hortas altun li pipos verdun ca libre junu apud obsent
li hundas verdun li kavalos lerare rubu int vokent
agrika auto cai miawes post amet
cai fluas altun kel balos miawe piku int ofte obsent
li omas li kavalos lasun portent
lo arba kel regos trovet
li domas lasun ca nino denove sekvent
cai fluas lo agriko obsent
lo poma kel autos grandun lo libre sub videt
urba leraro kietu li agrikes kietun kun amet
li domas auto ament
lo bala altu lo libro ca agrike int ofte obset
ca nava lo nino hodie jutet
li hundas verdun kel arbos kietun ofte trovent
lo oma ca arbo videt
kavala ca miawo denove portet
ca urba libro li hortes kun trovet
arba libro cai kavales sub obset
ca nina vetu cai domos trovet
lo hunda rubu cai urbos verdun cai kavales post voket
cai damas ca libro vetu vident
li regas pipo grandu ca flue junu sub sekvent
kel miawas cai libros ca miawe piku int sekvent
lo nava lo horto vetu ca pome int denove videt
oma ca damo kel arbes apud videt
kel hundas junun li pomos pikun ca lerare rubu sub hodie vident
kel urbas li pomos altun ament
lo flua li regos rubun sekvet
cai balas felun urbo denove vident
ca lerara li pipos sekvet
li pomas li arbos pikun cai bales kun obsent
horta ca leraro grandu ca nine post videt
ca hunda agriko rapide portet
ca bala ca auto grandu trovet
kel omas ca damo rapide trovent
ca arba li omos verdun arbe int trovet
ca libra kavalo videt
lo libra balo ca arbe apud obset
lo flua cai regos trovet
ca lerara lo urbo portet
lo agrika junu ca hundo altu videt
kavala ca miawo rapide trovet
flua rubu li ninos junun lo flue sub portet
li ninas grandun arbo kel hortes int ament
ca nava vetu cai hortos portet
lo dama fluo cai agrikes lasun apud videt
arba altu balo sekvet
lo bala urbo lo agrike lasu int trovet
agrika ca pipo piku lante portet
kel libras vetun cai pipos ament
urba ca libro hodie obset
libra leraro altu hodie sekvet
horta ca nino rubu ofte obset
lo horta lasu kel damos kietun ca dame grandu int sekvet
lo flua lasu li hundos li agrikes rubun post voket
cai autas kel autos vetun horte post obsent
lo agrika ca damo lasu cai naves junun apud videt
libra grandu lo urbo portet
lo dama lo pipo vetu videt
oma lo arbo portet
ca nina altu agriko vetu rapide videt
li agrikas ca urbo felu li pomes kun denove trovent
ca hunda lo domo trovet
cai fluas cai autos trovent
ca rega navo kietu sekvet
li ninas ca damo vident
ca nina junu li hortos amet
ca doma nino denove trovet
kel agrikas li ninos lasun trovent
li regas kel navos vokent
li fluas felun lo domo vokent
cai omas felun cai hortos sekvent
agrika felu lo agriko verdu denove voket
ca oma cai agrikos videt
lo lerara li fluos ca kavale post portet
kel hortas rubun omo rapide jutent
cai leraras li fluos denove sekvent
arba felu ca auto lasu li flues verdun sub ofte obset
urba rubu cai autos pikun ca libre piku post ofte videt
lo rega felu lo horto rubu li reges int sekvet
ca hunda verdu kel domos hodie amet
ca nina ca agriko sekvet
cai pomas lasun leraro lasu ament
lo nava grandu kel arbos felun ofte videt
lo horta junu li hundos rapide voket
nina li fluos vetun ofte sekvet
lo poma ca leraro rubu voket
auta cai kavalos pikun lante jutet
li omas cai hundos rapide jutent
li balas li domos jutent
ca poma cai ninos pome int obset
cai domas fluo piku portent
kel hundas felun ca navo ofte vident
ca urba lo miawo lasu voket
li domas junun ca kavalo portent
lo poma cai leraros hodie sekvet
cai navas altun li damos kel pipes int sekvent
kel autas altun ca omo trovent
oma kel agrikos junun hunde piku apud amet
kel balas ca horto kel arbes int portent
li domas cai ninos kel agrikes apud vokent
ca rega lasu cai pipos voket
li navas altun fluo trovent
cai pipas agriko altu lo ome post ament
ca doma ca domo hodie portet
kel ninas pikun ca nino lasu vident
lerara lo miawo grandu ca miawe rubu int videt
ca lerara kel regos amet
lo hunda lo miawo kietu ca aute post trovet
ca agrika lo nino voket
kel hundas lasun ca fluo li pomes sub rapide vokent
ca dama kel urbos hodie jutet
li autas lasun ca leraro hodie ament
bala lasu lo miawo jutet
kel autas li autos grandun lante obsent
li urbas li fluos hunde post vident
lo bala arbo junu sekvet
lo agrika kel domos lo agrike piku sub trovet
poma ca miawo videt
lo rega grandu pomo verdu jutet
urba rubu lo miawo sekvet
arba lo pipo lo flue rubu apud trovet
kel libras verdun li autos sekvent
doma ca arbo cai pomes kietun post trovet
li ninas junun libro kietu portent
rega lo horto jutet
nina ca rego videt
lo doma piku li agrikos jutet
cai ninas kel regos junun lo dome felu int obsent
ca pipa fluo junu sekvet
auta rubu libro grandu denove portet
lo pipa lo kavalo vetu ome rubu post voket
kel pomas pikun ca fluo lo nine kun trovent
ca nina verdu cai hortos sekvet
lo horta kel omos horte int videt
lo flua felu domo rubu jutet
lo rega altu ca damo lo pome kun sekvet
li pomas kavalo denove portent
cai agrikas ca arbo ofte jutent
nina piku ca libro videt
kel leraras felun li hortos altun flue rubu int sekvent
lerara li arbos altun cai pipes rubun apud amet
li ninas li omos kietun ca arbe kun lante portent
cai libras libro rege vetu kun portent
poma kietu pipo kel bales apud denove jutet
agrika ca agriko portet
horta piku lo fluo lo hunde apud jutet
lo bala navo cai pipes kun voket
kel navas cai hundos trovent
nava kel damos altun amet
ca hunda lo auto cai pipes lasun int obset
cai autas ca balo piku obsent
lo arba kietu cai autos trovet
lo nina li omos altun hodie voket
kel urbas kel ninos junun rapide ament
lo dama vetu ca leraro obset
ca auta libro altu voket
ca urba kietu li damos vetun li reges vetun apud videt
kel hortas altun kel regos felun jutent
li libras li pomos verdun lo kavale int ofte trovent
kel fluas ca arbo lante obsent
lo lerara kel agrikos trovet
horta felu ca horto felu cai hundes lasun kun sekvet
nina kel hortos verdun kel naves post videt
rega lasu lo auto rubu videt
bala lo auto urbe apud videt
horta li kavalos felun li miawes kietun apud jutet
cai navas felun rego lo horte apud rapide obsent
kel balas miawo ofte sekvent
ca arba libro vetu obset
cai hortas kavalo vokent
kel kavalas junun kel regos bale int jutent
horta verdu horto jutet
ca rega verdu kel leraros amet
li pomas ca libro kietu obsent
lo rega lo omo kel libres apud portet
kel pipas kietun horto grandu vident
lo horta cai navos kel hundes junun kun ofte jutet
cai pomas navo sekvent
li pipas rubun ca rego jutent
lo kavala cai ninos cai omes grandun post sekvet
lo bala altu li libros lasun obset
pipa cai balos voket
ca libra ca kavalo felu ca rege sub jutet
lo flua lo horto lasu videt
lo dama rubu kel ninos cai domes felun post portet
cai omas li balos kel arbes sub ofte jutent
lo agrika kietu kel fluos kietun portet
ca auta kietu lo omo voket
li damas altun li leraros rubun aute sub portent
ca dama ca kavalo grandu cai libres lasun int voket
ca rega lasu ca balo verdu kel lerares int sekvet
li agrikas ca fluo li lerares sub hodie trovent
li autas junun ca domo kel urbes verdun post denove vident
cai urbas kietun li pipos obsent
flua lasu kel regos felun portet
ca agrika vetu ca damo obset
ca nina kel arbos bale junu int trovet
lo arba ca omo lasu ofte videt
ca doma kel kavalos junun lo nave junu apud obset
lo rega vetu cai agrikos felun jutet
cai ninas kel pipos felun ament
auta altu ca balo trovet
ca bala piku kel hundos rapide voket
li kavalas libro lo dame kun lante sekvent
lo miawa grandu ca arbo piku obset
cai fluas felun lo auto vident
kel fluas ca nino grandu sekvent
nina ca kavalo hodie voket
kel kavalas kel libros li miawes post portent
lo bala cai damos altun kel kavales post obset
kel agrikas verdun cai damos ca nine altu apud obsent
cai agrikas lo navo felu lo hunde lasu apud hodie trovent
lo urba ca miawo portet
li regas kel regos denove trovent
lo pipa verdu cai damos felun amet
kavala lasu li damos jutet
ca arba kel hundos pikun pipe sub ofte sekvet
lo nava junu domo felu sekvet
bala cai omos vetun hodie obset
lo miawa piku kel kavalos kietun videt
cai domas ca libro piku lante trovent
cai hundas lo balo piku trovent
lo libra junu kel pipos vetun videt
lo miawa altu kel omos junun jutet
ca lerara ca damo trovet
li domas grandun lo hundo grandu vokent
ca poma ca auto grandu amet
kel fluas auto grandu portent
li arbas verdun kel leraros vokent
lo nava miawo obset
ca nava piku ca navo lante voket
lo auta grandu miawo kietu amet
kel leraras cai fluos kel libres altun kun obsent
rega ca balo hodie voket
cai agrikas vetun lo pipo lo pipe int rapide portent
ca agrika kietu li navos nine apud videt
lo urba vetu lo nino grandu obset
kel balas li hundos altun hodie sekvent
nava lo kavalo kietu jutet
ca arba lasu lo urbo videt
bala altu li navos kietun sekvet
horta vetu kavalo vetu voket
poma rubu lo libro voket
kel damas ca kavalo rubu vident
lo dama lo pomo portet
cai ninas felun ca rego denove ament
libra kel libros obset
flua ca pipo obset
ca lerara agriko sekvet
kel balas kietun cai leraros denove ament
horta felu ca urbo ca horte grandu apud denove portet
nina rubu cai hundos denove sekvet
ca miawa verdu li damos lasun kel reges apud jutet
lo flua cai arbos sekvet
li damas lo rego kel nines post ofte obsent
li omas li pipos vident
ca poma altu li pipos sekvet
lo doma lo pipo vetu trovet
lo rega felu li hundos jutet
lo bala verdu li navos junun hodie trovet
arba cai ninos lo lerare apud ofte voket
li autas ca urbo sekvent
flua ca damo felu portet
ca nina ca leraro ofte trovet
cai leraras felun balo rubu jutent
ca hunda horto cai domes post lante portet
kel balas vetun li navos kavale apud jutent
ca oma felu lo damo lante voket
lo bala kietu cai libros junun ca libre apud portet
li leraras ca kavalo denove jutent
ca doma lo nino verdu lo rege kun obset
urba ca fluo verdu lante videt
ca horta li miawos lasun trovet
li regas ca omo ament
kel libras auto ament
ca miawa cai autos junun obset
cai arbas lo damo sekvent
kel autas altun cai autos obsent
kel libras lo horto felu ca horte altu post ament
ca bala kel balos lo dome lasu post trovet
kel balas junun lo fluo grandu ca ome kun obsent
cai arbas li damos lo dame apud trovent
oma agriko denove sekvet
kel autas kavalo ca kavale junu apud trovent
lo nina cai hortos ca urbe apud jutet
cai fluas li libros felun pipe sub trovent
ca flua junu ca fluo rubu rapide trovet
doma lo libro felu denove obset
lo hunda lasu lo navo amet
ca pipa altu cai autos ca lerare felu int amet
lo flua leraro rapide obset
kel hundas verdun lo fluo piku kel pomes kietun apud rapide obsent
urba li libros kietun jutet
arba lo fluo lante jutet
cai pomas vetun cai regos vident
lo urba kietu cai damos jutet
nava rubu ca pomo portet
dama domo lasu li domes apud amet
kel ninas pikun lo agriko vetu vokent
lo urba verdu kel urbos jutet
kel arbas lo pipo altu ament
kel pipas grandun kel fluos altun arbe verdu apud lante obsent
ca pipa rubu ca miawo kietu li autes lasun sub hodie obset
li leraras hundo felu jutent
cai fluas damo portent
lo hunda cai autos grandun amet
lo nina cai navos verdun agrike sub sekvet
cai libras cai omos felun obsent
cai libras ca auto aute piku post sekvent
ca agrika lo damo verdu trovet
kel leraras ca auto piku denove portent
lo miawa lo agriko jutet
ca libra cai regos junun flue verdu sub sekvet
lo miawa grandu cai ninos rapide jutet
cai autas lo libro portent
lo doma kietu ca arbo felu obset
lo arba damo amet
cai navas altun cai miawos felun arbe piku apud hodie sekvent
ca miawa lo leraro denove sekvet
lo urba ca damo grandu sekvet
lo lerara altu lo arbo denove obset
ca dama piku li miawos verdun trovet
kel ninas ca libro altu ament
lo oma altu cai libros rubun obset
li regas felun lo kavalo ca dome post ament
li agrikas grandun ca fluo cai hortes kun rapide ament
arba felu lo horto ca dame altu int ofte obset
li balas lo urbo rubu portent
lo miawa cai agrikos altun cai pipes altun kun denove sekvet
urba junu lo arbo altu lerare kun jutet
poma verdu arbo altu cai lerares post lante trovet
ca kavala lo urbo vetu lo nine int denove trovet
li hundas kel pomos ca bale piku post lante obsent
ca agrika junu ca leraro portet
ca miawa grandu li fluos vetun sekvet
flua grandu kavalo verdu kel agrikes pikun apud lante obset
lo flua piku lo agriko ofte obset
kel urbas ca arbo jutent
kel domas junun auto lo flue verdu post sekvent
cai pipas kel autos trovent
lerara kietu rego videt
lo auta li leraros kel dames kun obset
li autas kietun kavalo vident
lo libra cai agrikos jutet
kel leraras ca damo vident
kel navas ca auto vetu sekvent
li damas verdun cai arbos vident
kel fluas ca libro rubu arbe apud obsent
nava fluo grandu cai autes pikun sub portet
ca arba altu kel hundos portet
cai kavalas junun urbo ament
lo bala piku kel domos vetun voket
li navas ca omo ofte sekvent
ca arba ca leraro trovet
lo rega ca pipo amet
ca bala agriko obset
ca pipa kel balos ca rege kietu apud obset
flua grandu ca nino lante amet
ca kavala ca damo junu voket
lo doma vetu kel agrikos trovet
ca lerara navo ca pipe post jutet
cai kavalas pomo vetu vokent
flua kel miawos li hundes post obset
urba piku kel damos junun lante amet
kel hortas urbo piku sekvent
dama li miawos trovet
lo agrika lo navo felu rapide videt
ca libra piku pomo altu cai domes kun jutet
li fluas kel navos felun lo flue sub trovent
lo nava lasu ca pipo kel pomes apud lante obset
ca rega rubu li domos denove obset
li balas li omos rapide jutent
ca dama ca omo lo libre altu apud amet
cai omas ca agriko portent
urba li ninos junun cai agrikes verdun apud videt
arba verdu cai domos grandun amet
lo arba piku lo urbo junu ca ome int voket
lo oma cai balos vetun hodie obset
cai damas cai urbos vetun trovent
cai domas felun lo miawo vetu ament
ca miawa kel damos lante trovet
kel arbas li ninos lo hunde int trovent
cai arbas grandun lo auto grandu kel naves vetun sub vident
ca urba navo trovet
ca arba ca pomo jutet
kel hortas pipo vident
kel leraras junun cai damos hodie portent
ca arba kel miawos denove trovet
lo miawa cai domos rapide videt
pipa ca urbo videt
kel kavalas vetun fluo lasu portent
li pipas kavalo ament
ca bala kel navos obset
nina lo auto sekvet
ca flua li urbos felun obset
oma kel fluos felun ofte portet
cai navas ca navo piku vokent
ca libra lo arbo voket
cai autas li arbos rubun ament
nina ca balo hodie sekvet
kavala ca agriko junu obset
kel fluas vetun cai hortos agrike felu apud obsent
pipa lo agriko piku trovet
cai fluas vetun domo sekvent
lo libra navo ca dome apud videt
lo lerara cai kavalos rapide trovet
cai fluas cai leraros ament
cai pipas cai kavalos rapide vident
li libras verdun ca urbo vident
kel hundas verdun ca fluo li domes altun post vokent
li leraras pikun ca agriko ca rege piku apud sekvent
li kavalas grandun miawo trovent
lo arba kel damos sekvet
ca miawa ca rego verdu jutet
ca flua ca arbo portet
nava vetu cai libros ca horte rubu int portet
kel omas pikun nino li urbes int jutent
auta nino ofte obset
kel pomas cai hundos portent
bala li urbos pikun portet
lo pipa junu lo auto portet
cai omas damo ca urbe post lante vokent
lo dama lasu lo agriko felu voket
lo libra lasu hundo vetu li arbes kun voket
li kavalas verdun ca damo vokent
kel hundas lo domo hodie trovent
agrika auto li agrikes apud portet
ca lerara verdu lo auto obset
cai hortas cai arbos kietun denove ament
ca dama vetu lo nino voket
lo auta junu kel damos ofte obset
kel urbas miawo rubu cai pipes sub sekvent
ca bala altu li kavalos vetun ca nine post portet
ca pipa ca kavalo li naves junun kun ofte sekvet
ca flua kel miawos junun ofte amet
ca arba li pomos obset
nina ca urbo ome apud voket
lo horta lo leraro cai omes int jutet
ca miawa kel hundos altun portet
kel libras verdun lo urbo grandu lo urbe verdu apud obsent
li navas rubun pipo trovent
ca flua lo hundo felu li nines kietun int videt
kavala kel arbos lo kavale lasu kun amet
lo pipa lasu ca auto obset
ca agrika piku li damos hodie amet
lo lerara felu cai hortos lasun trovet
kel pipas rubun kel hundos junun vident
kel hortas vetun navo li urbes pikun post denove vokent
cai pipas rubun ca nino kietu trovent
ca agrika kel leraros vetun jutet
li urbas verdun li omos rege post obsent
li omas kavalo obsent
lo bala domo rubu amet
kel hortas pikun lo navo cai lerares int vident
pipa verdu kel domos jutet
ca pipa verdu domo piku ca nine kun videt
dama kel pipos hodie voket
ca nina vetu lo hundo grandu sekvet
kavala rego ofte jutet
lo bala ca rego vetu jutet
cai miawas cai pomos denove trovent
lo hunda navo rapide obset
miawa lo urbo altu nine int videt
kel leraras grandun cai urbos verdun portent
li navas li autos jutent
agrika piku cai libros lante videt
kel kavalas arbo junu sekvent
li regas verdun ca libro piku ament
horta auto hunde lasu sub videt
li hundas kel hortos pikun obsent
cai kavalas lo leraro hunde lasu kun obsent
kavala kietu lo pipo piku li miawes felun kun trovet
cai leraras kietun horto rapide vokent
lo flua lo omo junu kel naves kietun post lante videt
li hortas li pomos lasun trovent
lo bala lo navo verdu portet
li agrikas cai damos ament
li navas lo damo grandu trovent
kel hundas libro verdu denove trovent
poma lo pomo grandu amet
li autas ca omo verdu ca hunde sub portent
poma li balos jutet
kel pomas lo agriko ofte trovent
ca arba domo videt
kel autas ca nino pipe int jutent
horta grandu li urbos kel omes lasun post sekvet
ca kavala rubu arbo kietu kel hortes sub sekvet
cai damas ca horto ofte ament
lo horta li urbos vetun kel hortes int rapide videt
lo dama lo omo lasu ca dome kun trovet
li fluas pikun li balos ament
lo urba rubu leraro videt
miawa fluo sekvet
horta junu pipo grandu kel urbes sub denove portet
nava kel leraros denove sekvet
li pomas li arbos verdun sekvent
lo flua ca omo altu hodie trovet
kel urbas vetun ca pipo lasu rapide vokent
ca libra piku li regos lasun rapide trovet
lo flua domo portet
li libras ca pipo obsent
ca nina lasu cai agrikos ofte sekvet
urba lo urbo felu cai hundes post videt
auta arbo li lerares kietun kun ofte jutet
ca nina auto videt
lo urba lo leraro rubu ca pipe sub voket
cai damas leraro ament
auta cai libros li autes apud obset
li leraras kietun li agrikos altun lo pome rubu sub jutent
dama verdu lo urbo ca arbe altu apud rapide sekvet
urba cai arbos grandun videt
lo flua felu cai autos rubun videt
ca lerara rubu lo auto ca urbe post ofte trovet
kel libras lo leraro vident
kel balas verdun li arbos hodie vident
poma ca arbo kietu kel kavales int rapide amet
li pomas ca nino rubu portent
lo rega lasu ca kavalo grandu hunde int hodie videt
kel fluas kel damos ament
cai autas grandun lo agriko trovent
nava lasu kel pomos denove jutet
li kavalas pikun cai domos vokent
kel autas vetun auto trovent
kel pomas li pipos jutent
lo agrika grandu lo damo jutet
cai pomas kel leraros cai autes pikun apud obsent
oma verdu cai hundos dame sub denove voket
cai fluas rubun ca horto hodie jutent
lo lerara junu kel balos lante portet
li arbas kel agrikos kel reges post lante ament
lo nava ca horto sekvet
lo kavala junu kel hortos verdun trovet
li damas felun lo balo junu ofte obsent
ca kavala verdu ca fluo lante portet
ca lerara vetu ca balo cai arbes int rapide voket
doma miawo cai omes grandun kun amet
ca hunda lo arbo junu sekvet
lo rega lo arbo verdu obset
li domas felun cai arbos altun ofte obsent
ca dama ca arbo portet
dama grandu kel agrikos altun obset
pipa ca nino portet
nava pomo voket
li hundas ca hundo sekvent
ca urba kel navos rubun bale sub jutet
kel arbas grandun lo kavalo portent
hunda cai ninos videt
cai agrikas kavalo kietu denove trovent
li miawas ca pomo ofte trovent
ca flua li leraros junun amet
flua li kavalos hodie amet
ca agrika li ninos jutet
li balas verdun cai ninos cai autes kun ofte portent
ca nava cai damos li arbes lasun sub trovet
kel leraras felun ca nino altu kel bales vetun sub vident
dama navo kietu arbe post videt
li ninas ca pomo lasu hodie portent
ca rega li domos grandun trovet
li miawas ca nino rapide portent
poma lo pipo ca horte rubu apud amet
ca auta libro rubu lo aute apud lante videt
horta lasu cai kavalos lante amet
lo flua cai urbos sekvet
cai pipas cai ninos junun lo lerare post jutent
ca poma lo damo videt
ca horta felu balo lo bale felu kun ofte sekvet
lo auta vetu ca miawo altu sekvet
kel damas kietun li hortos felun lante ament
cai hortas balo kietu portent
kel ninas lasun kavalo li reges kun rapide ament
ca poma lo urbo rapide portet
cai hundas cai damos lo pipe int jutent
ca agrika ca arbo vetu ome junu sub obset
kel urbas junun urbo cai lerares felun post vident
kel omas junun rego vident
cai ninas rubun kel domos lo agrike post trovent
kel leraras urbo verdu kel agrikes int jutent
ca libra rego ca hunde apud videt
nina kel pomos ofte portet
kel kavalas lo pomo li domes lasun int jutent
li hortas lo arbo vetu portent
kel navas leraro hodie sekvent
ca nina grandu lo balo flue verdu int voket
cai kavalas pipo lo dome apud vident
cai ninas grandun arbo sekvent
kel damas vetun agriko vokent
agrika felu ca libro jutet
miawa fluo grandu kel libres rubun kun sekvet
bala damo trovet
lo dama ca libro kel dames post portet
ca miawa ca pipo vetu cai pomes kietun kun denove amet
lo auta kel ninos ca kavale kietu post videt
hunda felu cai pipos jutet
ca poma lasu ca damo ofte portet
li balas grandun li damos felun rapide portent
kel pomas kel fluos vetun kel urbes int trovent
lo urba rubu cai urbos ca libre piku kun trovet
ca rega rego trovet
ca arba li regos lasun sekvet
ca horta pipo lo kavale sub obset
cai autas kel regos verdun denove vokent
cai autas ca domo kietu lo arbe sub trovent
cai miawas lo libro kel lerares int ament
kel domas kel navos sekvent
ca auta kel regos kietun videt
cai urbas verdun pipo portent
kel damas vetun leraro jutent
ca oma kel agrikos hodie obset
cai pipas grandun leraro junu vident
miawa verdu fluo arbe piku apud jutet
kel damas kel kavalos lo arbe kun denove sekvent
kel navas cai omos jutent
ca nava kel hundos rubun ofte voket
dama ca omo jutet
ca flua nino sekvet
li navas grandun arbo obsent
kel leraras rubun li ninos trovent
kel navas felun li damos li kavales int vident
kel hortas kietun kel agrikos portent
ca auta navo grandu portet
li damas lasun ca pipo ofte ament
li arbas ca fluo obsent
horta li regos lasun hodie portet
li regas lasun ca omo rapide obsent
lo agrika lo omo cai domes sub portet
lo oma ca horto altu jutet
lo oma li ninos pikun amet
kel agrikas ca domo vetu ca dame sub portent
cai hundas lo balo jutent
ca poma domo rubu sekvet
cai libras ca omo lasu ca ome vetu apud portent
libra grandu kel libros voket
li fluas rubun ca urbo lante vident
cai kavalas cai leraros trovent
li navas omo vokent
nava grandu kel hundos trovet
li agrikas ca horto verdu obsent
li navas ca libro kietu kel pomes sub trovent
ca horta vetu leraro videt
ca poma verdu lo leraro verdu hodie voket
li leraras cai balos bale lasu int obsent
kel balas pikun balo verdu lo lerare verdu apud trovent
auta cai urbos verdun lo pome vetu int videt
auta arbo obset
ca doma rubu cai navos ca bale verdu apud ofte amet
ca poma rubu miawo amet
ca pipa rubu li damos trovet
kel damas ca leraro jutent
kel autas pomo rubu jutent
ca kavala kel damos sekvet
cai hundas fluo ca miawe sub lante jutent
cai hundas li urbos grandun vident
lerara lo pipo rapide voket
ca urba ca hundo voket
miawa ca arbo ca urbe apud voket
pipa grandu hundo urbe kun ofte portet
pipa li hundos lerare post sekvet
lo lerara kel domos altun videt
kel pipas kel agrikos altun cai urbes junun kun vokent
ca oma ca navo felu sekvet
lo poma li agrikos junun lante videt
lo flua verdu li omos grandun ofte jutet
lo doma cai miawos sekvet
li miawas ca pomo felu ca libre post vokent
lo flua altu ca miawo sekvet
cai urbas cai libros felun rapide obsent
lerara ca auto sekvet
cai pipas pomo piku ca urbe sub vident
ca arba urbo altu ofte obset
ca agrika damo sekvet
ca oma lasu ca libro denove videt
ca horta rubu li fluos ofte trovet
arba grandu ca horto jutet
ca doma junu lo damo lasu trovet
cai leraras kietun navo rapide jutent
cai regas ca miawo lo horte kun lante jutent
ca hunda rubu agriko cai pipes kun ofte videt
ca doma grandu ca rego lante portet
urba auto ofte portet
cai libras junun lo omo cai lerares sub portent
lo flua lasu domo lante voket
cai hundas horto kietu cai bales sub vident
doma cai kavalos kel dames junun post trovet
bala ca miawo denove obset
lerara omo portet
kel navas cai pomos altun cai libres rubun post sekvent
ca kavala kel autos videt
cai hortas verdun ca pipo denove vident
ca agrika domo verdu voket
ca doma ca navo jutet
kel kavalas nino obsent
lo rega cai omos obset
lo poma grandu lo fluo voket
lo rega kietu li domos obset
cai urbas kel domos lo agrike vetu post jutent
li pomas cai autos kietun cai pomes apud portent
lo rega altu ca miawo piku denove jutet
ca pipa ca pomo li reges kun sekvet
cai fluas cai omos portent
ca kavala ca omo hodie trovet
bala piku lo damo kel agrikes apud videt
lo auta leraro kietu portet
lo nava lo omo hodie voket
lo arba lo navo piku hodie videt
lo flua rego altu obset
lo kavala lo auto rapide jutet
ca auta verdu miawo portet
lo dama rubu li pomos pikun rapide portet
kel damas lasun lo miawo jutent
lo kavala lo pipo videt
kel balas vetun lo auto ament
cai navas horto ca dame kun hodie trovent
ca nina ca auto nave piku post hodie obset
rega cai hortos ca arbe sub denove jutet
flua ca agriko cai hortes grandun post hodie amet
li balas felun cai balos portent
lo bala lo leraro verdu lante jutet
lo arba cai urbos denove obset
li navas urbo trovent
li miawas rubun kel hundos kietun sekvent
lo horta li damos felun amet
ca dama grandu ca pomo ca pome altu sub trovet
nina ca leraro cai lerares sub ofte portet
li balas hundo ca miawe verdu kun denove obsent
ca pipa kietu li regos lasun voket
lo bala ca balo obset
cai regas lasun ca rego felu jutent
li autas ca horto lo miawe sub rapide obsent
cai navas li damos grandun ofte vident
poma altu ca horto altu sekvet
kel balas ca domo denove vident
lo nava vetu ca domo libre post videt
li libras auto junu li domes int ament
lo dama lasu lo pipo ca aute kun hodie amet
ca nina kel navos hunde verdu apud portet
cai agrikas pipo lasu kel kavales int portent
lo bala li pomos altun li reges vetun int amet
li kavalas fluo ca flue post obsent
kel balas lasun cai kavalos rapide vident
kavala altu ca arbo cai dames felun kun amet
ca hunda cai leraros ca dame sub sekvet
cai pomas ca rego junu trovent
lerara lo balo sekvet
lo libra kel agrikos vetun lo flue junu post denove portet
lo dama lasu li kavalos ca aute int denove trovet
libra lo navo li flues apud ofte jutet
agrika altu navo cai autes sub sekvet
pipa ca auto kel hundes int voket
kel omas pikun auto vetu rapide trovent
poma li kavalos pikun lo libre sub denove amet
lo nina ca pipo videt
lo bala kel pipos lante trovet
rega rubu kel damos hodie amet
lo auta ca nino kietu trovet
kel pomas kietun li pomos trovent
li pomas lo pipo kel hortes apud lante vident
ca bala ca hundo piku ca rege post rapide portet
lo miawa verdu lo omo lasu ca aute vetu sub hodie jutet
li autas ca pomo hodie ament
lo dama lo balo verdu obset
li pipas nino altu miawe lasu kun obsent
lo libra piku lo navo amet
dama balo ca aute post voket
ca doma rubu rego verdu trovet
kel miawas kietun kel ninos pikun kavale junu post vident
ca dama lasu lo hundo obset
li fluas pikun fluo piku jutent
ca pipa altu ca hundo lo flue lasu apud voket
kel balas ca domo portent
kel fluas pikun ca damo trovent
bala nino cai hundes apud jutet
ca nina leraro lo ome junu post voket
nina ca pomo altu sekvet
kel pipas vetun lo omo ca miawe junu apud lante vokent
lo agrika felu kel domos rubun rapide voket
kel balas lo kavalo kel kavales verdun post sekvent
li miawas altun kel navos sekvent
agrika vetu cai hundos obset
cai navas altun balo lo kavale felu int trovent
li damas pikun lo navo altu ofte obsent
ca auta vetu ca hundo pome apud ofte jutet
kel navas ca nino obsent
dama piku auto cai libres sub obset
lo agrika lasu lo domo vetu voket
cai kavalas lo arbo felu cai dames kietun sub obsent
ca poma lasu ca balo hodie trovet
dama lasu domo junu obset
lo arba vetu kel agrikos jutet
kel ninas rubun kel pipos denove obsent
ca pipa kietu kel libros vetun amet
ca kavala lo omo piku jutet
li autas ca libro sekvent
cai hundas li hortos li hortes verdun kun sekvent
urba junu omo videt
lo auta lo balo rubu lante obset
bala ca agriko videt
ca lerara kavalo lasu amet
poma altu cai pomos hodie sekvet
lo rega verdu li damos portet
ca bala domo sekvet
li omas lasun kel urbos trovent
cai regas auto kel domes post jutent
kel arbas grandun ca omo portent
cai navas altun li kavalos denove vident
li libras ca agriko cai urbes grandun apud sekvent
lo miawa junu domo lo nine sub hodie videt
li regas lo hundo obsent
ca doma kietu li fluos portet
kel leraras verdun ca kavalo altu jutent
kel pipas hundo rubu trovent
horta vetu ca hundo grandu denove portet
poma vetu cai hundos trovet
li miawas kel leraros grandun lo agrike apud vokent
cai navas grandun ca rego felu lo hunde apud trovent
li hortas verdun ca balo ament
lo libra ca leraro obset
ca auta ca domo denove sekvet
lo dama ca horto amet
bala cai fluos rubun hodie obset
ca oma agriko altu cai bales post sekvet
oma nino denove sekvet
lo hunda kel kavalos altun videt
lo nina kietu ca omo kietu dame post voket
cai hortas junun nino kel lerares apud sekvent
lerara verdu ca fluo grandu rege int rapide portet
lo doma damo rapide trovet
nina li damos rubun ca rege kun rapide obset
lerara lo hundo lante amet
kel navas li balos jutent
lo lerara felu kel agrikos altun voket
li libras cai balos verdun trovent
kel damas li leraros trovent
oma lasu cai kavalos pikun voket
urba felu lo navo portet
poma felu kel hortos vetun voket
lo bala ca urbo ca libre vetu apud voket
li leraras ca kavalo denove sekvent
kel damas li hundos li lerares kun obsent
lo horta navo ca kavale altu kun jutet
auta cai navos urbe rubu post videt
kel libras urbo rubu portent
ca rega ca libro grandu cai urbes apud amet
kel ninas rubun ca pomo ca urbe post ament
hunda lasu rego li arbes post portet
nina kel hortos rapide portet
dama lo horto grandu li hortes lasun sub trovet
li leraras grandun ca nino portent
cai pipas cai autos pome apud ament
li urbas libro kel libres felun apud lante sekvent
bala lo horto kel domes sub videt
ca arba altu li leraros rapide jutet
kel balas lo pomo felu obsent
poma hundo sekvet
ca horta felu lo balo junu trovet
li damas rubun ca libro junu trovent
ca pipa kel fluos ca agrike felu apud portet
li leraras li pipos ca lerare int jutent
cai arbas felun lo hundo denove vokent
li hortas miawo vetu lo urbe apud vident
lo bala felu cai domos videt
cai kavalas junun kel domos lo flue post obsent
li miawas vetun agriko jutent
lo kavala kietu ca auto voket
ca rega ca arbo lasu portet
oma vetu lo libro felu obset
kel pomas fluo trovent
cai urbas junun lo nino kietu jutent
agrika pipo jutet
urba felu ca domo videt
cai navas cai omos vetun lante jutent
li pipas pikun li hortos ament
nina ca pipo lante obset
miawa urbo felu li autes apud trovet
li balas felun urbo rapide portent
lo rega auto cai dames verdun kun sekvet
cai kavalas ca libro felu vokent
li autas ca agriko vetu portent
cai hortas li urbos kavale sub portent
lo pipa lo balo grandu ofte sekvet
kel navas kel arbos rapide trovent
li hundas lo libro kietu vident
kel kavalas vetun kel ninos portent
kel regas libro obsent
cai balas lasun domo verdu lante obsent
rega nino piku trovet
ca lerara lo miawo jutet
poma kietu li omos kietun cai nines int hodie trovet
li damas junun domo jutent
ca doma li pomos grandun lante videt
ca pipa lo agriko vetu horte vetu kun lante amet
nava vetu balo sekvet
li regas ca arbo verdu denove vokent
ca hunda lo balo altu jutet
ca hunda li regos li lerares apud jutet
ca horta junu pomo kietu amet
cai leraras li libros pikun lante sekvent
cai damas ca hundo kietu ament
lo flua li miawos ca miawe verdu int videt
lo arba lasu cai navos voket
cai damas kietun kel libros denove trovent
agrika cai balos sekvet
auta grandu ca pipo voket
lo poma verdu lo omo altu videt
kel fluas rubun ca damo trovent
dama lo libro lo lerare sub ofte videt
lo dama li omos ca nave apud hodie portet
ca hunda urbo rubu jutet
cai pipas felun cai libros sekvent
kavala leraro verdu amet
doma kel hundos voket
li autas cai regos grandun kel naves apud hodie trovent
poma vetu ca navo vetu arbe apud obset
doma cai agrikos rapide obset
oma vetu kel hortos altun voket
miawa kel leraros junun lante obset
cai omas auto portent
urba kel miawos kietun hodie sekvet
kavala altu ca damo kietu obset
kavala ca kavalo felu sekvet
lo miawa grandu cai omos portet
ca poma vetu cai balos ofte obset
miawa li hundos li urbes sub hodie trovet
li hundas rubun lo damo lo urbe lasu kun vokent
lo auta lo damo kietu jutet
lo rega kietu lo omo cai agrikes kun portet
ca rega cai pipos vetun ca nine piku sub jutet
kel kavalas kietun li navos sekvent
pipa lasu damo junu ofte obset
lerara ca agriko portet
cai omas lo agriko portent
ca pipa lo horto vetu jutet
ca miawa grandu lo fluo lante amet
ca bala nino trovet
li miawas balo ca urbe altu apud vident
pipa cai ninos ofte sekvet
ca urba kietu navo jutet
ca poma ca balo trovet
cai regas felun cai balos vokent
cai autas lasun cai hundos lante trovent
lo oma ca arbo portet
poma grandu li domos cai nines int rapide obset
ca kavala leraro voket
kel damas urbo kietu rapide sekvent
nina damo portet
li autas pikun cai arbos jutent
libra grandu li leraros voket
lo lerara piku cai navos lasun jutet
li kavalas rubun lo rego grandu vokent
cai pipas lo pomo denove ament
ca agrika kel agrikos videt
flua lasu cai fluos verdun lo lerare sub lante amet
agrika felu ca navo amet
doma junu lo arbo flue post sekvet
li ninas rubun ca horto rubu li miawes kietun sub sekvent
urba verdu kel agrikos urbe post amet
lo pipa ca pomo altu portet
kel leraras cai regos lante trovent
ca miawa lo pomo vetu kel hortes sub sekvet
miawa vetu cai regos jutet
cai navas felun libro altu obsent
horta cai miawos vetun sekvet
cai agrikas kel libros kietun sekvent
nina kietu fluo kietu lo flue int trovet
li omas verdun kel arbos ca nine sub vokent
ca miawa kietu kel kavalos amet
ca agrika lo horto jutet
lo dama ca domo hodie portet
nina domo vetu trovet
li omas felun lo miawo felu bale altu post ament
ca auta li pomos flue piku apud voket
lo hunda damo obset
ca nina grandu libro lo pome kun voket
cai pipas cai navos pikun rapide obsent
cai agrikas rubun domo sekvent
kel agrikas cai kavalos felun hodie ament
cai regas verdun lo miawo vokent
lo dama altu li miawos voket
ca miawa altu ca agriko rapide videt
flua felu ca libro trovet
ca dama kietu ca horto videt
ca lerara rubu lo fluo felu agrike apud amet
cai navas ca omo grandu jutent
cai damas cai damos pikun rapide ament
kel hortas miawo obsent
ca nava rubu li domos ome apud videt
cai fluas cai fluos verdun rapide vident
lo kavala rubu lo auto vetu sekvet
kel ninas omo vident
cai arbas grandun omo ca pipe kun lante trovent
lo lerara junu lo rego trovet
dama kel domos rubun li reges sub voket
lo oma horto altu videt
li damas ca domo kel bales kietun sub sekvent
cai leraras lo agriko libre sub portent
cai arbas kietun li hortos ament
kel regas navo portent
ca lerara cai agrikos li arbes apud trovet
li autas kel autos pikun lo libre altu post vident
lo flua lo balo urbe junu apud sekvet
li pipas junun urbo ca arbe post hodie portent
cai ninas altun li navos pikun trovent
ca bala verdu lo urbo ofte trovet
ca urba li urbos vetun hodie sekvet
ca lerara cai hortos dame post jutet
cai hortas kel damos verdun trovent
agrika lo balo sekvet
ca doma cai domos li naves kun jutet
lo nava lo balo hodie jutet
lo rega lo navo piku ofte voket
lo pipa miawo lasu cai kavales kietun sub portet
lo libra rubu lo nino rubu arbe grandu post videt
cai kavalas felun kel pipos pikun ofte vokent
li autas lo domo obsent
li agrikas cai leraros sekvent
lo nina piku ca rego jutet
lo doma felu lo domo bale kun portet
li miawas kel balos obsent
ca bala lasu cai hortos verdun amet
cai damas vetun arbo lo horte kun obsent
ca arba lasu li libros felun hodie obset
lo rega lo agriko ca arbe rubu post sekvet
li pipas ca rego portent
li navas ca omo trovent
lo oma piku cai damos ca agrike kun rapide videt
kel damas vetun cai ninos hodie trovent
cai regas cai damos portent
kel pipas navo portent
cai pipas lo rego kel domes felun apud portent
cai omas li miawos lante trovent
cai fluas felun arbo verdu nine lasu int vokent
lo bala kietu cai libros sekvet
doma urbo obset
nina lo domo trovet
poma cai domos sekvet
lo auta lasu agriko hodie voket
lo oma verdu arbo kietu portet
lo kavala vetu horto verdu sekvet
ca libra li balos amet
lo doma li pomos hunde int videt
li hortas lo horto portent
lo auta fluo sekvet
ca horta kel autos ca ome int amet
lo lerara cai domos amet
lo flua cai leraros trovet
kel ninas ca domo vokent
ca hunda lo hundo amet
urba cai autos vetun lerare sub amet
kavala omo amet
rega ca libro denove sekvet
kel leraras cai libros vetun ofte sekvent
cai omas lo arbo cai pipes post vokent
cai hortas cai navos lo bale piku kun ament
li leraras ca leraro ament
nava li miawos ofte videt
lo hunda kel pomos obset
urba ca urbo junu rapide portet
ca arba ca omo kel hundes lasun kun denove obset
auta kel omos rapide amet
lo poma piku kel balos lasun obset
li domas ca urbo vident
auta kietu ca leraro videt
flua junu li leraros verdun ofte sekvet
cai omas pikun lo libro trovent
cai hundas altun lo urbo lante sekvent
cai pomas rubun li urbos lo nine kun portent
ca horta kel arbos rapide portet
lo arba felu cai regos amet
lo rega junu kel kavalos hodie videt
lo horta li balos verdun jutet
lo bala lo miawo jutet
lo nava lo libro verdu li omes int voket
li autas altun cai arbos obsent
urba cai libros cai hortes int portet
kel regas cai pomos junun jutent
lo bala lasu li kavalos felun kel bales vetun int sekvet
urba li hundos rubun rapide jutet
lo poma lo navo lasu rapide videt
li agrikas cai damos altun li hortes felun apud trovent
li agrikas nino junu miawe apud vident
ca oma rubu lo agriko rubu amet
arba cai balos rapide voket
ca auta kietu cai ninos lasun amet
auta cai pomos junun li nines felun sub trovet
cai kavalas lo arbo ament
lo horta grandu li urbos amet
cai arbas felun kel fluos cai agrikes int denove obsent
li kavalas felun ca domo ament
lo nava agriko kel domes int obset
lo hunda junu kavalo rapide trovet
li hundas altun ca fluo ca bale post denove obsent
kel domas kietun li arbos lante vokent
li domas urbo lasu kel hundes verdun apud rapide vokent
li pomas li libros portent
li kavalas leraro rubu jutent
ca bala horto lo hunde apud trovet
oma ca miawo vetu lo agrike lasu kun rapide amet
flua lo libro jutet
kel omas miawo trovent
ca hunda kel leraros junun cai reges kietun post portet
agrika grandu fluo verdu cai pomes rubun int portet
lo miawa vetu ca hundo kel agrikes apud lante portet
cai balas nino denove vident
kel hortas ca nino lo libre sub vident
cai ninas pikun urbo piku cai dames kun portent
lo poma kietu cai leraros voket
libra vetu lo damo hodie portet
cai omas cai autos vokent
ca horta cai pipos lo horte sub amet
ca agrika vetu cai hortos nave int portet
lo lerara rego sekvet
ca rega cai kavalos rubun jutet
urba kel urbos cai dames verdun post hodie videt
kel urbas li kavalos kel autes sub portent
agrika kavalo rapide videt
horta lasu lo damo lasu aute kun sekvet
ca auta kel omos videt
ca dama altu lo kavalo piku sekvet
lo auta pipo junu videt
ca poma rubu ca urbo piku li domes apud videt
kel ninas lo omo verdu ament
ca auta piku cai libros lante obset
ca nina lo rego portet
lo oma junu li urbos sekvet
li balas lo miawo cai omes kietun post vokent
ca horta domo videt
cai damas ca balo sekvent
lo libra junu rego rubu sekvet
cai regas kel balos trovent
poma kel damos portet
ca agrika junu ca rego videt
cai damas lo balo rapide vokent
nina li pipos vetun portet
ca hunda kietu ca rego lante portet
ca poma grandu ca arbo rubu ofte trovet
ca bala li libros trovet
flua lo libro voket
libra altu cai kavalos grandun lo pome kun rapide amet
ca horta lo agriko cai lerares int obset
ca flua lasu ca horto lo horte kun trovet
ca doma cai libros lasun portet
lo kavala ca nino li domes post rapide voket
ca flua rubu ca arbo lante trovet
cai damas lo hundo altu jutent
cai miawas verdun fluo portent
li omas miawo vident
ca horta lo hundo hodie sekvet
ca agrika kel pomos ca lerare apud jutet
ca nava ca leraro trovet
nava kel fluos hodie amet
cai navas cai balos portent
arba ca domo felu ofte portet
ca kavala li miawos grandun ofte voket
cai libras li ninos altun sekvent
ca flua piku lo arbo ofte jutet
cai arbas cai pipos felun jutent
kel libras felun lo nino verdu ca kavale junu apud jutent
ca pipa damo amet
li fluas domo urbe kun trovent
cai damas rubun pomo lo libre kietu kun hodie ament
kel pomas kel regos dome vetu post vokent
urba ca pomo junu sekvet
lo urba cai arbos rege sub ofte portet
bala kietu damo lo urbe int trovet
cai fluas li leraros altun trovent
cai hortas vetun lo domo vident
dama piku ca kavalo vetu ca horte sub lante portet
li domas kel regos sekvent
bala kel urbos junun amet
kel damas kavalo portent
lo arba lo auto verdu lo hunde altu post videt
li hortas verdun lo fluo denove vident
cai domas hundo lerare apud vokent
agrika cai domos videt
kel regas lo fluo felu lo ome sub vokent
lo poma vetu li hortos kietun li dames apud portet
lo nina cai pipos altun lante obset
lo kavala verdu li arbos altun agrike post amet
cai kavalas li miawos cai lerares vetun apud hodie portent
li urbas kel navos jutent
li pipas kel leraros lante ament
lo flua arbo vetu sekvet
ca flua ca damo piku lerare sub trovet
cai omas pipo lante sekvent
ca lerara kel libros nave rubu kun sekvet
kel navas lasun cai balos trovent
doma piku omo videt
kel autas kel kavalos altun vokent
ca rega altu pipo obset
kel kavalas grandun ca agriko portent
lo doma altu lo leraro lasu videt
lo auta grandu ca pipo videt
li fluas pomo lo nave altu int rapide obsent
cai ninas junun kavalo piku li domes felun kun jutent
cai leraras kel ninos felun ament
ca auta grandu cai pomos lante voket
ca doma li omos ca nave felu sub obset
ca libra lo pomo jutet
arba ca kavalo trovet
cai balas felun kel pipos cai agrikes post trovent
kel fluas auto vetu jutent
kel hundas cai hundos hodie vident
ca nava kel balos grandun li hortes kun amet
kel autas nino kietu hodie obsent
cai urbas lasun cai pomos verdun libre rubu apud vident
cai miawas kel urbos vident
ca nina kavalo jutet
kel kavalas li balos ca kavale felu kun vident
kel regas hundo vokent
li regas pikun kel navos kietun rapide ament
ca urba li hortos ca pome int ofte jutet
kel autas pikun kel agrikos pikun lante vokent
nava lo urbo rapide videt
lo nava lo auto grandu videt
ca poma ca horto li hundes int amet
ca libra vetu li domos videt
lo kavala li autos kel lerares apud ofte portet
cai kavalas junun lo domo sekvent
bala cai hundos trovet
lo bala lasu li fluos lo kavale sub amet
li libras felun ca domo lasu portent
cai regas vetun ca domo altu rapide trovent
ca auta li pomos junun cai pomes apud amet
lo pipa kel navos li dames rubun post rapide videt
lo auta ca omo denove obset
lo flua ca urbo altu sekvet
cai autas ca fluo junu sekvent
miawa kel domos amet
lo nava lo rego jutet
lo arba ca agriko ca bale vetu post lante jutet
lo nina altu lo balo lasu videt
kavala piku kel hundos altun videt
cai kavalas grandun li pomos hodie obsent
bala felu li omos grandun cai urbes sub amet
lo horta felu ca damo kietu ca pipe sub rapide videt
kel navas vetun lo leraro felu trovent
li leraras li agrikos li pomes apud portent
ca bala kel agrikos denove obset
kel agrikas ca urbo li domes sub trovent
lo urba kel hortos lasun amet
cai miawas ca leraro felu trovent
cai pomas cai balos vetun nave grandu sub rapide ament
urba rubu kel pipos voket
cai omas lo leraro lasu ament
li regas ca nino jutent
ca nina ca pomo kel agrikes junun apud jutet
ca doma li balos sekvet
ca nina ca auto felu sekvet
kel miawas junun ca arbo ofte trovent
ca poma kel pipos jutet
dama altu kel hortos ca nine verdu kun sekvet
li navas altun li navos cai libres apud ofte sekvent
kel damas li pomos sekvent
kel navas kel libros kietun vokent
li leraras li pomos ca hunde int vident
lerara verdu ca agriko nine apud rapide voket
lerara altu kel fluos felun ca urbe apud voket
urba ca agriko ca horte int jutet
ca arba li hundos kietun amet
kel hortas lo balo junu cai bales int denove sekvent
cai agrikas altun cai pomos portent
ca agrika felu lo pipo junu jutet
cai agrikas ca pipo lo dame apud obsent
kel regas felun navo hunde post portent
kel pomas lasun cai domos grandun obsent
lo flua lo leraro jutet
lo pipa lo damo li dames apud amet
li fluas vetun ca hundo ofte portent
ca pipa verdu lo auto li lerares kietun kun rapide obset
kel libras cai fluos lo bale post ament
arba kietu lo nino vetu rapide amet
ca nina junu navo rapide amet
lo poma altu kel balos verdun voket
cai kavalas lasun lo miawo ament
ca kavala ca libro li arbes rubun int jutet
li hundas omo rubu vident
kel omas cai hundos rubun portent
kel hundas ca hundo jutent
li omas vetun ca pipo pipe verdu sub obsent
cai hortas balo portent
ca agrika li pipos grandun obset
lo auta cai urbos grandun ofte sekvet
lo doma navo lo arbe piku apud voket
kel hundas junun kel omos felun ca ome int sekvent
cai pipas verdun kel fluos kietun sekvent
cai pomas altun lo miawo ofte vident
lo miawa ca balo lasu obset
arba cai urbos grandun ca aute sub trovet
bala ca navo denove sekvet
horta lo navo grandu hodie amet
lo oma kel arbos felun cai libres apud sekvet
ca nava ca omo verdu ca hunde sub hodie trovet
cai agrikas felun lo arbo hodie ament
cai arbas altun cai navos kietun ca urbe verdu apud ofte jutent
lo poma kietu agriko amet
lo oma damo felu trovet
kel balas domo piku rapide vident
ca auta verdu li agrikos junun jutet
ca rega libro junu lo urbe post videt
lo auta lo pipo vetu ofte obset
ca libra kietu li hundos altun li omes int trovet
kel hundas domo grandu lo pome piku apud ament
li balas kel libros grandun kavale int vident
ca lerara ca leraro piku ofte trovet
bala leraro lo hunde int videt
nina kel ninos jutet
kel navas rubun ca miawo cai autes kun rapide vokent
cai damas li urbos rubun li dames pikun post trovent
rega hundo bale lasu int videt
arba kel arbos junun sekvet
lo lerara arbo piku lo nine kun obset
kel pipas lo navo altu ofte vident
kel arbas kel arbos verdun nave apud vident
cai libras lo hundo vokent
oma piku kel libros grandun li arbes post jutet
cai balas vetun cai damos altun portent
horta lasu li pipos obset
kel kavalas li hortos felun trovent
li navas altun kel damos vokent
ca dama ca fluo verdu rege rubu kun amet
cai arbas ca auto jutent
lo agrika lo miawo li nines int jutet
arba grandu ca nino altu lo aute post hodie portet
nava cai leraros hodie amet
lo bala verdu lo domo videt
li fluas kel navos ca hunde junu sub portent
ca lerara cai libros felun kel pipes kun voket
lo libra kel kavalos kel flues sub denove videt
ca horta lo libro amet
ca auta ca domo denove videt
poma grandu cai damos vetun sekvet
lo agrika kietu rego portet
ca arba felu li arbos pikun voket
cai navas kietun ca horto ofte vokent
lo oma cai autos altun trovet
ca lerara horto kietu sekvet
li hortas kietun kel kavalos portent
miawa ca libro ofte amet
cai arbas ca libro ofte ament
li autas cai urbos pikun trovent
lo poma verdu kel arbos voket
kel hortas pikun leraro cai lerares kun denove portent
li miawas vetun li domos grandun sekvent
kel fluas felun lo damo rubu lo aute post vident
cai miawas lo rego grandu ament
lerara grandu cai navos cai arbes verdun int ofte sekvet
kel hortas pikun ca agriko sekvent
ca nina grandu urbo junu ca kavale altu kun ofte amet
li urbas rubun lo libro lante sekvent
kel hortas cai hundos cai pipes vetun kun trovent
kel domas pikun kel domos ca flue kietu int ament
lo urba cai balos felun voket
cai damas li pipos denove trovent
pipa felu cai arbos lo kavale felu sub lante videt
lo dama vetu kavalo vetu portet
cai fluas verdun cai arbos pikun lante sekvent
lo kavala rubu kel damos lo pome junu post amet
li kavalas ca kavalo vokent
lo poma altu lo miawo rubu trovet
ca lerara ca kavalo grandu lo nine apud obset
ca horta lasu kel domos junun ca pipe apud trovet
lo poma piku arbo portet
oma rubu ca domo trovet
lo hunda altu kel pomos lasun li pipes int obset
li pomas kel ninos vetun portent
lo lerara ca horto hunde kun sekvet
ca doma cai pipos obset
miawa ca urbo portet
li pomas kietun li balos rubun nine int portent
libra kietu miawo videt
lo nava junu auto verdu obset
li kavalas auto vetu ament
hunda kietu cai pipos jutet
kel navas verdun kel omos verdun ofte vident
kel leraras ca horto verdu trovent
ca libra lo domo verdu obset
ca auta li libros jutet
lo miawa lo damo hodie videt
lo lerara lo kavalo grandu lo bale kietu sub videt
miawa lasu li ninos bale felu int trovet
dama miawo kietu videt
cai hortas cai balos grandun vident
lo agrika grandu cai miawos sekvet
li damas cai balos lo dome junu apud jutent
oma vetu cai domos pikun amet
cai balas nino obsent
li autas felun balo kel autes vetun sub vident
ca libra altu li leraros altun jutet
kel kavalas auto bale felu sub vident
ca horta kel ninos ca arbe int amet
cai pomas arbo kel kavales vetun post hodie jutent
doma lo nino ofte jutet
flua ca damo li urbes kun ofte jutet
ca nava cai libros pikun denove trovet
kel omas rubun lo fluo li naves int vident
libra li leraros sekvet
li navas altun lo balo jutent
cai domas li autos lante obsent
lo libra ca rego kietu lo ome post portet
libra piku kel navos verdun obset
li domas pikun ca balo sekvent
bala kel ninos junun lo pome felu apud trovet
ca rega kietu miawo lo aute int rapide amet
kel regas grandun lo nino hodie vokent
nina li arbos portet
lo auta li arbos pikun obset
li hortas pikun cai hundos rapide obsent
cai miawas li damos junun denove vokent
kel fluas kel autos portent
li pomas vetun ca fluo obsent
cai leraras lasun hundo ament
ca arba agriko lante sekvet
lo auta li fluos trovet
cai pipas leraro kietu pipe int vokent
lo oma pomo felu kel nines junun kun jutet
cai omas pikun ca hundo portent
ca oma altu lo leraro junu jutet
kel agrikas rubun kel pomos hodie vident
pipa ca balo verdu hodie portet
kel hundas pikun ca fluo vident
kavala ca damo lante videt
ca flua grandu domo cai pomes int videt
li leraras junun ca damo denove trovent
kel agrikas pikun cai autos lo rege vetu sub trovent
libra ca horto kel bales int obset
li regas rubun kel ninos vident
li pomas kel autos rapide trovent
cai miawas lo rego sekvent
cai omas verdun arbo ca libre int obsent
cai autas cai hortos sekvent
hunda ca hundo videt
kel libras ca damo vokent
ca flua cai urbos obset
miawa junu miawo portet
ca flua grandu pipo cai autes kun denove voket
ca miawa grandu urbo portet
li libras cai regos vetun jutent
ca nava kietu li kavalos rubun denove amet
cai navas lo miawo junu ament
kel urbas altun kel navos jutent
li pipas ca miawo hodie portent
ca bala lo pomo rubu trovet
ca pipa li kavalos lante sekvet
ca miawa ca navo lo dome apud jutet
lo libra lo urbo hodie videt
lo arba lo balo voket
li libras ca nino ca agrike int ofte ament
nava verdu cai libros grandun rapide videt
lo dama cai damos cai pipes altun sub videt
ca poma altu lo auto rubu nave kun portet
ca horta cai urbos rubun denove jutet
lo nava ca arbo dame sub trovet
lo miawa altu li pipos portet
lo lerara ca leraro lerare piku sub obset
ca kavala pomo portet
li urbas li hundos ofte vokent
ca rega rubu li balos denove voket
ca auta kavalo ofte videt
kel damas altun kel hundos vokent
ca kavala ca nino hodie obset
kel fluas li leraros pikun denove ament
lo lerara kel leraros sekvet
lo libra grandu li pipos junun cai nines post rapide portet
lerara kel urbos voket
cai autas auto li bales post rapide ament
kel pipas kavalo kietu hodie vokent
cai autas ca horto nave int hodie trovent
kel hortas damo obsent
li regas cai ninos kel bales altun apud sekvent
lo oma fluo sekvet
arba kel hundos kel reges junun post videt
li pomas kavalo piku jutent
li autas lo pipo kietu ca rege int rapide jutent
lo hunda kietu kel miawos altun lante jutet
kel hortas rubun lo agriko kietu ofte vokent
li autas lo hundo lante ament
bala piku kel hundos rubun amet
ca rega altu domo verdu rapide voket
kel ninas verdun balo portent
ca kavala ca fluo videt
kel regas cai autos cai miawes sub ofte vokent
lo miawa ca navo lo lerare junu kun jutet
lerara ca pomo aute altu post rapide videt
cai urbas rego denove vident
kel miawas lo damo kietu cai urbes kietun kun trovent
horta lasu kel pipos voket
lo horta piku kel miawos kel arbes verdun apud hodie portet
ca hunda kietu urbo cai nines apud lante trovet
ca dama li regos vetun li urbes apud hodie sekvet
kel autas rego verdu vokent
kel fluas grandun li leraros altun obsent
cai fluas verdun lo balo sekvent
kel fluas vetun ca miawo li agrikes apud vident
kel navas cai omos altun obsent
cai miawas kel pomos hodie vokent
lo horta piku lo urbo junu portet
lo pipa grandu lo auto cai lerares kun trovet
lo rega verdu li regos amet
cai navas lo nino lo nave apud portent
rega grandu navo videt
lo doma kel omos junun pipe post amet
cai omas urbo lo dome grandu int jutent
ca dama vetu li fluos rapide amet
lo poma ca libro amet
lo libra altu lo leraro kietu amet
ca auta ca balo grandu trovet
ca arba kietu li arbos pikun lo miawe grandu sub voket
li kavalas kietun cai arbos portent
hunda ca pomo rubu cai arbes rubun post ofte sekvet
ca flua li balos verdun portet
li leraras rubun auto horte piku sub denove jutent
cai domas ca damo felu lante vokent
li omas verdun li arbos lo dome grandu sub lante vident
li domas verdun auto ament
kel leraras li omos pikun vident
ca flua lasu ca navo cai naves int obset
miawa ca navo trovet
kel libras cai pomos altun vident
kel balas hundo cai omes vetun int sekvent
kel pomas vetun kel omos sekvent
ca flua kel ninos rubun portet
lo hunda verdu domo trovet
kel domas junun hundo kel agrikes int trovent
ca nina felu li agrikos hodie trovet
kel autas lo nino rubu hodie trovent
ca auta lo miawo sekvet
agrika verdu lo rego hodie amet
li leraras lo horto obsent
ca poma grandu cai agrikos portet
ca bala auto rubu li miawes post portet
pipa lo kavalo altu ome sub lante sekvet
lo lerara pomo sekvet
kel kavalas ca balo kel miawes post lante ament
ca bala kel domos ca bale apud voket
ca pipa lo agriko videt
cai arbas ca leraro felu trovent
ca rega kel pipos pikun obset
ca poma grandu domo ofte sekvet
kel pomas felun lo libro altu ament
kavala cai damos kietun lo lerare kun voket
kel urbas rubun kel navos junun denove ament
li libras junun domo piku ca libre apud trovent
arba lo navo lo arbe sub jutet
nina cai regos sekvet
lo kavala lasu lo libro rubu ca nine kun trovet
kel libras li autos altun cai nines kun hodie jutent
ca kavala cai hundos portet
li autas rubun kel omos jutent
cai hortas lo miawo verdu vokent
bala verdu li agrikos kietun obset
kel miawas junun navo ofte trovent
cai balas felun lo hundo ofte ament
cai pipas verdun balo vident
kel miawas vetun ca omo felu rapide obsent
pipa kietu cai pomos felun li dames junun apud jutet
nava kel pomos kietun trovet
flua lo arbo verdu lo libre apud voket
agrika lo omo jutet
ca oma junu li navos jutet
ca kavala junu lo navo junu voket
cai balas ca nino vetu hunde rubu kun sekvent
ca urba lo fluo lante obset
cai domas kel domos vident
li balas cai kavalos pikun trovent
cai leraras ca libro portent
ca kavala kel hortos lo agrike post trovet
lo oma lo libro lasu voket
ca poma lo urbo lasu ca aute kietu post lante sekvet
hunda vetu cai balos li miawes sub videt
lerara ca horto felu trovet
li autas verdun kel pomos grandun ament
doma piku kel navos libre sub ofte trovet
cai leraras kel urbos pikun rapide trovent
kel fluas verdun lo miawo vokent
kel damas kel libros vetun miawe kun trovent
kel omas rubun lo omo felu cai autes verdun int portent
auta nino ca lerare sub videt
kel leraras lasun horto lo dame post portent
lo bala kel damos ca flue sub jutet
kel damas ca libro vident
lo dama ca domo lo urbe sub sekvet
agrika pomo amet
kel regas junun hundo lo bale sub ament
li libras felun lo navo trovent
li balas vetun navo vetu lo pipe sub lante sekvent
kel hundas li hundos obsent
li urbas kietun arbo piku ca bale felu kun portent
li miawas lo damo kel bales pikun sub jutent
agrika li agrikos lasun obset
lo doma lo fluo verdu lo aute post sekvet
li miawas li pipos junun vident
lo agrika leraro jutet
kel navas altun ca kavalo vetu cai domes sub hodie ament
flua li navos verdun lante amet
lo arba junu cai libros hodie sekvet
cai balas lasun nino rapide ament
cai leraras lo omo rapide ament
lo nina ca nino lante amet
kel pipas grandun lo damo lo aute apud vident
agrika lasu agriko lasu voket
lo nava lo domo grandu hodie videt
li kavalas ca domo jutent
libra felu horto verdu voket
cai agrikas leraro portent
hunda kavalo ofte sekvet
kel pipas ca pipo verdu lante ament
li leraras ca hundo jutent
cai hundas cai fluos lante vokent
lo agrika pomo vetu trovet
libra rubu lo navo junu trovet
arba junu lo arbo altu sekvet
doma kel domos lante jutet
lo pipa kietu lo auto denove voket
li regas ca omo lante jutent
flua lo hundo piku dome apud rapide trovet
nava li agrikos verdun denove portet
kel balas lo urbo hodie trovent
lo libra lo pipo denove jutet
lo miawa grandu li fluos li dames post jutet
oma rego vetu lerare verdu sub videt
horta grandu lo nino junu voket
urba altu li hortos kavale felu post portet
ca urba li balos trovet
ca bala lo domo kel libres apud jutet
nava verdu kel domos hunde verdu kun lante jutet
lo bala leraro rapide obset
lerara rubu li kavalos pikun portet
lo pipa kel leraros voket
urba piku li autos cai agrikes apud amet
lo libra agriko voket
kel pomas junun cai arbos rapide ament
ca bala ca navo trovet
ca agrika ca urbo portet
oma lo omo videt
lo bala lo omo ca agrike rubu kun sekvet
ca arba grandu rego cai domes post voket
lo horta rubu lo leraro cai urbes junun sub lante videt
li omas damo felu sekvent
hunda ca fluo lante videt
oma pomo miawe kietu int ofte trovet
kel navas li navos ament
kel damas grandun ca rego jutent
ca rega cai autos trovet
nava ca agriko lante amet
ca auta urbo junu ca lerare post amet
lo kavala lo horto amet
nina kel arbos felun portet
lo horta lo navo kietu ca nine kun sekvet
oma li fluos altun jutet
lo nava rubu li autos jutet
lo nina lasu cai omos grandun obset
ca poma cai pomos felun cai hundes int sekvet
cai balas kietun ca arbo felu vident
li pomas lo pomo ofte jutent
lo lerara kel omos rubun li reges post sekvet
kel kavalas altun lo libro felu trovent
kel damas li kavalos lo urbe sub lante vokent
cai arbas pomo vetu denove vident
ca nina pipo felu trovet
ca oma verdu li urbos sekvet
li hortas cai ninos lasun hodie vokent
lo auta lasu ca pomo videt
kavala rego voket
nina junu lo miawo amet
li pomas li omos vident
lo poma urbo felu voket
hunda ca pomo vetu ca libre kun portet
lo rega rubu kel autos lasun amet
lo urba verdu lo miawo junu amet
kel urbas lo libro libre apud vident
lo dama kel omos obset
li pomas junun ca leraro lasu ca nine post sekvent
li arbas kel navos lasun vident
li miawas lo pomo cai hundes sub lante ament
li arbas ca hundo sekvent
kel omas agriko kel flues pikun sub ofte sekvent
bala lo balo felu voket
li miawas li libros miawe kun trovent
kel miawas junun li hortos hodie ament
cai leraras cai regos pikun rapide vident
cai miawas altun lo fluo kel hundes rubun apud ament
lo lerara lo horto kel kavales kun obset
li pomas cai kavalos pikun denove obsent
ca auta li kavalos sekvet
lo nava ca fluo felu hunde kun trovet
ca nava verdu ca leraro grandu amet
rega junu pomo kietu ofte sekvet
ca nina rubu li navos trovet
ca rega ca pipo amet
cai leraras lo rego junu hodie vident
li domas urbo felu hodie jutent
ca nava ca pipo sekvet
li regas pikun pipo hodie trovent
ca miawa grandu lo agriko rapide portet
ca oma piku cai arbos trovet
lo flua cai miawos grandun aute post obset
cai kavalas agriko hodie sekvent
ca bala kel balos portet
li ninas pikun kel miawos junun hodie obsent
li domas kietun lo nino felu rapide vident
lo agrika ca domo li nines apud voket
li miawas cai regos pikun ca kavale apud lante jutent
arba grandu kel fluos rubun voket
lo agrika lo pomo vetu cai bales kun jutet
ca nina junu ca libro kietu jutet
cai ninas rubun urbo junu obsent
lo poma rubu kel urbos jutet
lo horta lo horto lante amet
cai agrikas kel miawos junun sekvent
lo arba kietu ca hundo grandu obset
lo hunda ca horto sekvet
li autas li damos vetun vident
hunda ca balo rubu arbe felu int lante obset
ca miawa kel arbos altun sekvet
kel pomas pikun lo nino piku kel urbes int ament
lo oma altu kel omos rapide amet
bala miawo lo libre apud sekvet
lo flua ca balo amet
nina kel hortos sekvet
kel kavalas grandun urbo vetu obsent
libra miawo rubu lante sekvet
oma piku ca fluo kietu ome kun rapide portet
rega rubu urbo kel agrikes pikun apud amet
cai pipas verdun pomo verdu portent
lo libra lo damo grandu kel domes kietun sub jutet
kel navas vetun cai kavalos ament
ca agrika junu cai pomos junun lo rege kun obset
lo urba arbo lasu obset
lo nava kietu li libros lasun videt
ca nava li domos vetun cai pomes kun voket
nava cai damos lasun nine apud portet
li pipas omo junu trovent
cai damas kietun ca agriko kietu obsent
cai ninas lo urbo cai nines int trovent
poma kel fluos lerare kun portet
kel domas felun auto verdu hodie vokent
lerara li autos amet
ca lerara rubu ca pipo hodie portet
ca agrika cai autos lante jutet
doma auto jutet
kavala piku kel leraros trovet
lo hunda altu li miawos ca dame kietu kun ofte portet
li urbas li pomos vetun vident
cai agrikas vetun li urbos vident
pipa lo kavalo lo libre kun voket
kel miawas cai pipos lo horte sub obsent
lo nava piku auto videt
lo miawa kel regos vetun cai libres junun sub rapide trovet
horta li ninos pikun hodie jutet
kel pipas altun ca damo vetu ofte obsent
horta grandu damo junu ca miawe apud rapide sekvet
kel urbas leraro sekvent
bala kel hortos jutet
kel arbas ca pipo kietu kel arbes lasun sub vident
hunda lo navo portet
ca dama rubu nino piku lo pipe rubu apud sekvet
flua cai balos verdun voket
lo dama cai hundos lo nine kun voket
cai libras verdun li miawos jutent
ca hunda hundo vetu portet
ca doma ca horto denove obset
kel kavalas altun miawo vetu lo libre sub portent
kel kavalas cai libros rubun rapide vident
ca arba kel agrikos kel nines post sekvet
ca nava kel balos portet
kel regas urbo lasu hodie jutent
kel domas urbo dome rubu kun portent
kel miawas ca fluo arbe sub hodie trovent
kel urbas pikun lo rego vident
lo lerara cai hundos li urbes sub amet
cai hundas kavalo portent
kel hortas ca agriko junu ament
cai damas li hortos hodie vokent
lo pipa rubu ca arbo junu ofte portet
lo horta felu lo domo vetu rapide trovet
doma lo fluo videt
kel libras lo arbo sekvent
li hundas pikun navo obsent
lo nava ca pipo lante amet
ca agrika piku lo pipo verdu voket
li fluas vetun li damos altun portent
ca arba verdu kel balos vetun ca aute junu apud sekvet
lo libra altu agriko ofte trovet
li navas cai pomos kel naves post vokent
ca kavala kel leraros videt
li hundas lo libro obsent
li miawas lo damo felu hodie vokent
ca rega kietu kavalo videt
cai agrikas vetun cai libros sekvent
li urbas cai pipos pikun portent
kel leraras kel agrikos pikun vident
poma lo damo lante sekvet
li agrikas lo arbo piku hodie obsent
lo oma cai libros lo horte sub amet
kavala altu li arbos junun ca lerare apud ofte portet
ca oma libro portet
cai hortas lo domo junu jutent
cai urbas junun cai urbos denove portent
ca arba altu pipo junu kel urbes kun jutet
ca pipa kel urbos ca arbe piku apud videt
ca kavala miawo verdu ofte obset
lo poma agriko ofte trovet
arba ca leraro kietu kel naves apud obset
arba felu lo fluo junu urbe vetu apud sekvet
ca kavala kel navos cai arbes apud voket
cai regas grandun navo kietu li reges vetun kun hodie portent
doma cai ninos altun obset
kel domas lo arbo altu nave grandu sub obsent
arba li fluos trovet
horta cai urbos rubun denove sekvet
ca pipa lo horto portet
li pipas grandun cai navos flue lasu kun sekvent
lo flua li arbos altun hodie voket
kel navas miawo kietu arbe felu kun denove trovent
urba rubu cai hundos dome grandu sub portet
cai miawas rubun hundo lo pipe sub ament
pipa piku kel kavalos lasun dome kun obset
libra li pipos portet
lo rega li ninos denove amet
lo oma verdu lo balo kietu lo rege sub rapide jutet
oma kel arbos ca kavale apud jutet
cai omas kel omos trovent
rega kietu lo libro lasu amet
ca auta junu fluo cai hortes post portet
lo hunda ca fluo hodie videt
cai agrikas rubun cai damos rapide obsent
lo nava grandu lo horto hodie voket
li urbas altun cai regos kavale kun jutent
auta junu hundo amet
li leraras cai hundos lasun trovent
kel arbas kel damos lo dame post vokent
oma ca navo felu videt
rega verdu ca leraro felu hodie videt
lo pipa rubu arbo rapide portet
cai miawas kietun ca fluo obsent
kel leraras junun cai ninos ca dome piku apud lante portent
kel kavalas li fluos vokent
li damas kel leraros kietun kel kavales grandun kun denove vident
oma kavalo felu ca aute sub voket
ca rega lo horto jutet
hunda ca urbo rubu amet
lerara cai kavalos sekvet
li omas kietun ca horto vetu sekvent
urba navo dame junu post ofte voket
kel navas verdun cai arbos obsent
cai pomas pikun ca rego hodie portent
kel leraras felun li agrikos rubun ca agrike kietu sub jutent
li navas lo nino ca libre apud trovent
ca auta li hundos li libres altun post sekvet
lo doma junu ca pipo ofte voket
lerara grandu agriko lo aute int hodie amet
li agrikas junun ca auto sekvent
ca horta lo balo ca nine kun rapide amet
lo oma ca damo vetu jutet
lo poma rubu kel libros denove portet
ca dama kietu lo urbo felu denove jutet
lo hunda li pomos kel lerares post sekvet
li hundas li balos lasun ament
libra ca nino denove obset
ca auta piku lo kavalo grandu ca flue junu kun lante trovet
lo flua cai pipos verdun jutet
lo nina cai balos vetun portet
li leraras rubun lo urbo kietu sekvent
cai libras kietun lo domo felu vokent
miawa li hundos altun lo urbe sub videt
ca hunda kietu agriko sekvet
lerara balo junu rapide sekvet
kel domas grandun pipo portent
lo dama li fluos denove sekvet
lo lerara kietu arbo amet
ca nina verdu ca pipo voket
cai miawas lo horto sekvent
cai omas ca urbo obsent
miawa ca pipo lasu trovet
agrika grandu pipo horte apud voket
ca urba kel fluos lo aute apud denove portet
cai autas kietun ca balo piku denove trovent
nina li kavalos junun portet
nava ca urbo bale junu sub sekvet
cai omas rubun li damos trovent
horta li ninos rubun ca ome verdu int jutet
lo doma grandu lo balo altu sekvet
ca miawa lo omo sekvet
kel omas cai urbos altun lante sekvent
cai regas cai arbos felun trovent
lo libra ca pomo sekvet
ca bala lo urbo lo rege felu apud sekvet
kel pipas altun ca rego grandu vident
libra leraro lasu li pipes lasun int sekvet
lo bala junu lo pomo voket
ca miawa kavalo horte lasu post sekvet
ca kavala vetu kel arbos vetun voket
li damas lo damo jutent
lo urba kietu li hundos lasun urbe verdu apud lante amet
doma grandu lo navo kietu portet
ca bala fluo ca horte grandu sub amet
li omas fluo kietu jutent
dama felu lo damo felu hodie jutet
lo auta lo rego junu hodie portet
ca nava kietu lo rego voket
li autas li fluos portent
kel omas urbo kietu trovent
ca agrika fluo rubu kel reges grandun apud portet
li fluas felun kel miawos ca nave vetu sub portent
lo dama kel pomos denove voket
kel urbas verdun lo agriko jutent
kel fluas kel omos jutent
ca oma junu li arbos lasun trovet
li miawas li domos altun hodie trovent
libra rego cai hundes pikun int ofte jutet
cai damas libro kietu vident
li libras lo balo jutent
lo hunda ca fluo rubu denove voket
ca libra kel autos vetun sekvet
cai autas lo kavalo sekvent
ca doma li arbos amet
cai omas balo hodie obsent
cai autas lo rego altu kel lerares post vokent
kel hortas junun kel omos cai hundes apud ament
ca rega li hundos lo nave lasu kun videt
kel regas cai autos vident
ca poma piku kel ninos altun obset
lo doma li pipos trovet
cai leraras junun agriko portent
cai regas grandun li regos felun vident
li miawas altun lo hundo felu ca libre lasu kun vident
ca urba libro felu libre lasu kun trovet
lo hunda ca pipo cai pomes int trovet
lo doma lo urbo rubu ofte trovet
ca nina kel hortos lo bale kun ofte portet
arba rubu kel damos jutet
ca lerara rubu li miawos trovet
lo kavala kel balos voket
pipa verdu lo omo denove trovet
li pipas kel hortos kietun lo ome lasu post hodie jutent
cai navas lo auto kel flues apud hodie jutent
lo libra kel arbos li flues altun sub jutet
ca arba lo navo li dames sub jutet
lo urba kel fluos felun portet
kel omas junun ca agriko obsent
kel pipas omo lante obsent
doma lasu cai hundos jutet
kel omas lasun kel miawos lante obsent
ca horta junu ca libro altu obset
cai domas pomo li autes post trovent
lo flua kel leraros trovet
lo agrika nino verdu trovet
lo poma altu libro junu lo flue sub ofte voket
kel pipas ca arbo portent
ca urba junu lo leraro trovet
miawa lo urbo jutet
doma verdu lo kavalo voket
li regas urbo felu vident
lo dama nino pipe altu apud amet
pipa libro rubu amet
oma lasu li damos videt
arba ca auto rubu lante jutet
cai kavalas li kavalos felun cai autes kun ament
miawa cai domos videt
libra kel leraros ca dome apud voket
hunda cai arbos cai pomes apud jutet
ca hunda cai damos ofte sekvet
cai navas kel miawos ament
kel fluas ca nino vokent
horta rubu lo omo jutet
rega piku lo hundo felu voket
kel libras altun ca auto felu sekvent
auta li miawos sekvet
kel kavalas lasun kel urbos portent
lo lerara lasu ca libro li pipes int ofte voket
lo kavala felu lo kavalo denove jutet
lo miawa piku lo horto lasu lante portet
kel navas cai regos lante vident
ca arba kietu ca kavalo piku obset
lo doma verdu kel damos flue kun trovet
oma cai omos pikun trovet
lo lerara lo arbo portet
ca dama ca kavalo kel arbes int hodie obset
kel agrikas kel agrikos horte apud obsent
ca nina lo fluo felu obset
li autas ca auto rubu lo pome int vokent
kel agrikas rubun li ninos vokent
li navas kietun lo pomo kietu kel domes pikun post vident
ca nava ca pomo portet
kel kavalas li hortos sekvent
horta ca urbo verdu ca dame apud jutet
rega felu nino rubu kavale post denove voket
ca libra junu kel navos sekvet
ca agrika fluo kietu amet
lo horta li miawos vetun ofte portet
lo poma ca pomo videt
kavala lo auto obset
ca nava li navos grandun videt
cai leraras kel hortos obsent
ca kavala grandu kel kavalos pikun amet
kel balas cai urbos grandun li pipes apud portent
kel miawas verdun cai domos rapide vokent
horta ca nino rubu rapide portet
cai miawas cai hortos sekvent
kel arbas miawo verdu trovent
kel hundas cai arbos rubun nave verdu apud trovent
li regas ca damo ca horte vetu apud rapide jutent
li pipas rubun cai omos vokent
kel domas lasun ca auto rubu ofte ament
kel damas kietun kel omos felun ca aute altu int denove vident
lo poma vetu li autos altun sekvet
li pomas felun ca leraro kel agrikes kun ofte vident
ca lerara rubu lo navo lante portet
lo arba verdu kel hundos verdun rapide sekvet
cai omas junun lo hundo ament
ca poma cai regos kel lerares sub videt
lo dama ca omo piku trovet
li agrikas kel pomos pikun ofte trovent
cai autas lo pipo rapide sekvent
kel balas kietun ca fluo vokent
nava kel navos altun trovet
lo hunda lo domo altu hunde int amet
ca nina li pipos trovet
auta lo damo sekvet
lerara damo lo rege post videt
cai omas junun cai pipos cai pomes apud ament
pipa lo miawo ofte amet
ca auta kel pipos kel urbes int jutet
ca rega lasu horto denove voket
li leraras altun kel pipos altun trovent
ca rega omo ca nine kun videt
lo auta lo domo verdu nave post portet
ca rega kietu li hundos trovet
cai pipas grandun li fluos pikun obsent
li omas kel balos denove jutent
cai omas hundo kietu vident
ca arba kel ninos cai autes kun trovet
li pipas grandun kel miawos kietun denove obsent
kel hortas felun li damos lasun sekvent
ca miawa rubu lo urbo kel nines rubun sub lante sekvet
ca pipa felu lo domo rapide obset
li libras altun lo fluo kel miawes kun vokent
ca miawa vetu cai domos verdun videt
cai regas miawo obsent
lo agrika felu pipo rapide sekvet
ca horta li fluos videt
oma lo libro ofte trovet
lo nina li omos junun lante jutet
cai regas nino denove trovent
ca rega kietu agriko lo miawe piku sub obset
lo agrika kel libros portet
ca flua ca damo lo agrike kun amet
lo libra altu hundo portet
kel fluas cai omos li libres kun hodie portent
kel kavalas navo kietu ament
cai navas kel balos cai kavales apud jutent
lo horta felu lo balo jutet
ca rega verdu lo agriko verdu voket
kel pomas felun pipo verdu li bales int portent
nava kel urbos rapide sekvet
li leraras li autos trovent
kavala junu cai arbos grandun obset
arba ca nino verdu denove jutet
lo oma lo balo videt
li arbas li balos lasun ofte sekvent
kel balas cai balos kietun vokent
lo pipa miawo piku amet
lo auta piku libro lo miawe rubu kun rapide trovet
kavala ca miawo lasu jutet
arba cai omos ca flue int voket
lo libra vetu kel libros ca aute sub jutet
ca poma li urbos flue junu sub lante portet
kavala junu ca horto junu kel pomes grandun post portet
li pipas kietun cai ninos lo bale rubu kun vident
kel omas li leraros verdun trovent
li autas verdun ca agriko ofte vident
kel urbas li hortos trovent
miawa cai pomos ca urbe kietu post trovet
dama li pomos altun portet
lo rega vetu kel navos lasun cai lerares sub denove trovet
poma cai miawos cai libres int sekvet
arba felu domo denove amet
li agrikas altun lo libro lasu lante ament
cai pipas cai leraros lo flue kun rapide jutent
li damas kel domos verdun lo ome piku post trovent
kel pomas kel pomos vetun hodie ament
cai omas pipo rubu pome post sekvent
ca miawa lo rego kietu videt
kel kavalas li pomos vident
ca arba piku cai urbos sekvet
cai domas verdun kel regos rubun ament
kel navas cai balos hodie jutent
li miawas altun urbo vokent
ca bala lo omo junu sekvet
ca lerara verdu cai urbos ca urbe int trovet
cai agrikas grandun horto verdu li arbes post vident
kel balas rubun li hundos lante ament
ca bala lasu lo fluo kietu lo urbe apud voket
bala li arbos lasun ca pipe felu post denove sekvet
kel omas lasun cai hortos altun vokent
nava ca omo verdu ca agrike int obset
kel arbas kel agrikos pikun sekvent
lo bala pipo kel omes post rapide amet
cai pipas kel hundos pikun urbe apud trovent
nava felu ca auto ca ome rubu kun denove jutet
ca hunda rubu arbo felu ofte videt
libra li pipos kavale post voket
lo miawa pipo trovet
ca agrika ca navo portet
lo dama junu lo hundo grandu jutet
kel agrikas altun lo hundo grandu nine int ament
horta kel hundos jutet
ca dama kel ninos kietun cai kavales post lante portet
ca nina vetu ca urbo grandu trovet
ca agrika lasu miawo junu videt
auta kel hortos lasun trovet
lerara altu li domos lasun cai lerares felun apud trovet
lo nava li kavalos libre post ofte sekvet
li damas pikun lo libro felu hodie trovent
ca doma lo urbo lasu hodie videt
li libras cai hortos vokent
kel damas lo horto kel domes apud sekvent
ca kavala rubu kel domos amet
lo arba pomo jutet
lo miawa ca libro ca agrike lasu kun obset
libra piku lo pipo rubu lo dome post portet
ca arba cai kavalos kel dames pikun int jutet
kel fluas pikun cai libros lasun ofte trovent
flua kel urbos ca nave kietu int trovet
li kavalas grandun lo pomo vokent
bala cai domos altun ofte obset
lo libra ca pomo jutet
ca horta junu ca damo denove jutet
kel agrikas ca nino lo pipe altu kun trovent
ca poma cai fluos ca horte altu sub jutet
kel arbas pikun kel agrikos kel lerares post vident
poma grandu li domos lasun sekvet
lo urba li pomos trovet
lo dama altu lo domo kietu trovet
ca lerara piku ca miawo trovet
kel hortas lasun li autos kel libres sub ofte jutent
libra lo leraro ca ome kun videt
li urbas cai agrikos vetun denove jutent
lo kavala altu lo fluo kietu trovet
kel urbas lo damo denove sekvent
rega lo kavalo felu trovet
kavala lasu agriko piku li agrikes felun sub trovet
ca agrika piku cai hortos obset
lo oma cai navos rapide videt
ca dama cai libros ca horte apud videt
ca oma kietu lo fluo verdu denove jutet
li regas ca domo lasu ofte vokent
ca miawa lo arbo felu urbe junu int lante portet
rega lo kavalo trovet
lo kavala lo auto altu lante amet
cai pipas lo navo lasu hodie obsent
cai ninas verdun lo omo rapide sekvent
rega ca pomo rubu ca nine sub portet
cai navas ca balo ofte sekvent
cai arbas kel libros altun cai hortes verdun apud ofte trovent
kel navas junun kel agrikos lo ome sub jutent
kel leraras kel leraros vetun rapide jutent
kel balas pikun cai arbos rapide sekvent
kel pomas kel balos lante ament
lo urba li pipos rubun voket
kel omas lasun li arbos li libres rubun int vokent
cai omas lo fluo lante vident
kel omas li autos ament
cai balas rubun ca auto kel flues kietun kun trovent
li ninas ca pomo rubu ca flue altu kun trovent
ca doma auto trovet
ca lerara lo rego lasu li domes int ofte sekvet
li hundas grandun lo miawo piku lante vident
kel ninas junun lo libro cai reges kietun int portent
li omas kietun kel leraros ca aute grandu int portent
ca miawa kel navos agrike altu apud voket
ca doma altu kavalo vetu amet
lo urba lo navo voket
kel navas domo kel arbes int denove obsent
lo auta lo nino lante portet
cai hundas junun urbo ofte ament
kel autas li hortos rubun kel bales post denove portent
arba lo pomo rubu obset
lo auta junu leraro junu trovet
cai urbas grandun cai ninos ca kavale post denove trovent
rega li leraros pikun jutet
kel kavalas ca nino obsent
ca dama ca auto junu trovet
kel arbas kel damos altun lo bale post lante portent
cai navas lo kavalo lo dome sub jutent
kel hundas lo leraro obsent
kel ninas junun damo kietu obsent
cai fluas junun navo ament
lo dama piku li leraros altun jutet
ca dama altu lo miawo kietu hodie jutet
poma kel libros hodie sekvet
cai omas pikun ca fluo lo dome rubu kun rapide vident
arba rubu cai balos felun sekvet
lo oma felu ca miawo amet
cai ninas ca urbo grandu denove ament
ca lerara ca domo rubu jutet
kel omas ca pipo denove vokent
ca bala kavalo junu lo libre sub lante obset
kel ninas cai domos rubun trovent
ca oma kel autos portet
ca kavala pomo altu denove obset
ca nava grandu ca pomo obset
li pomas li urbos trovent
ca flua grandu li leraros grandun videt
li miawas ca leraro verdu vident
lo doma junu lo pipo grandu sekvet
li domas kel libros altun ca nave junu int hodie obsent
miawa hundo junu lo pome apud trovet
cai libras altun lo leraro vetu trovent
flua rubu cai ninos voket
ca doma piku lo agriko ofte sekvet
kel hundas domo rubu ofte portent
cai hundas ca balo cai pipes kietun kun rapide sekvent
li agrikas junun kel pipos lante vokent
lo agrika rubu omo jutet
kel arbas cai domos portent
lo miawa kel autos ca horte post voket
lo urba rubu miawo hodie videt
dama cai regos cai reges pikun post videt
horta lo auto sekvet
lo rega kietu kel ninos kel hortes sub hodie jutet
cai leraras lo hundo vident
li hortas ca pipo trovent
li libras hundo dome felu kun vident
poma ca balo ca horte post denove videt
cai balas cai hortos rubun sekvent
cai pipas verdun ca nino dame post vident
auta cai regos trovet
lo pipa kel balos kavale sub obset
lo libra ca navo altu rapide jutet
ca urba horto piku videt
cai leraras altun omo pipe junu sub obsent
ca doma kel leraros kietun li domes sub voket
cai ninas horto ament
ca oma kel agrikos lo dame post voket
lo rega lasu ca omo cai hortes int obset
ca agrika ca auto kietu portet
ca oma rego li agrikes rubun sub trovet
lo agrika ca miawo junu lo rege verdu int rapide portet
cai navas domo ca libre kun vokent
poma kietu li hundos voket
ca flua lo miawo lante trovet
ca miawa felu lo leraro cai hortes int voket
li navas altun ca leraro sekvent
urba junu urbo amet
lo libra cai omos portet
miawa lo balo felu li domes apud lante videt
kel pipas altun li pipos lasun lo horte lasu int portent
cai fluas lo rego cai autes int lante trovent
lo urba kel fluos obset
kavala rubu lo nino trovet
lo oma felu kel pipos lo aute kun trovet
ca libra rubu damo vetu hodie trovet
agrika cai pipos lasun voket
lo miawa lo omo lasu portet
cai libras kietun li balos lante trovent
ca dama cai hortos videt
cai navas verdun ca omo trovent
cai ninas cai domos ament
cai miawas verdun omo lasu ament
li kavalas miawo rubu ofte ament
nina altu lo navo felu ca bale lasu apud voket
lo urba lo omo ca pipe post voket
kel omas kel urbos pikun rapide trovent
libra ca domo lo pome int jutet
ca flua kietu pipo portet
kel fluas kel autos sekvent
lo dama rubu li leraros ca bale kun voket
lo oma kel damos kel agrikes post lante trovet
lo dama kietu cai domos voket
cai balas pipo rubu trovent
cai autas lo pipo lante ament
kel libras li agrikos junun li dames apud obsent
lo auta kel hortos rubun li urbes junun post denove amet
lo nava piku damo altu lo ome rubu apud rapide trovet
ca kavala grandu kel navos kietun portet
kel fluas rego altu ome apud vident
ca rega lo balo piku ofte videt
lo miawa li pomos kel omes kun trovet
cai omas kietun li navos denove vident
libra li omos lante trovet
kel arbas cai pomos pikun sekvent
cai pipas pikun horto sekvent
hunda lo pipo amet
ca horta kietu ca fluo cai flues apud portet
kel autas li domos ca dome int lante vident
ca nava rubu li pomos rapide videt
li miawas lasun auto altu portent
lo dama damo hodie trovet
kel pipas lo libro piku portent
li kavalas agriko vetu vident
ca miawa verdu kel miawos lante videt
ca horta kel kavalos li dames vetun kun jutet
lo hunda kietu ca arbo piku obset
kel urbas altun ca navo grandu lante portent
cai ninas cai domos rapide jutent
poma felu kel ninos sekvet
kel pipas lo hundo lante ament
cai ninas kel miawos trovent
cai fluas kel regos altun ament
lo doma altu kel arbos grandun rapide portet
cai navas kel damos obsent
lo lerara ca omo ca libre kun obset
ca doma ca fluo ca arbe kun voket
ca oma kel kavalos grandun lante jutet
auta ca pipo ofte sekvet
li autas junun lo urbo kel miawes kietun apud trovent
kel leraras lo urbo ca arbe vetu int denove trovent
li domas kietun balo kietu lo libre kun vokent
lo libra lo miawo verdu portet
ca rega piku ca leraro vetu obset
nava piku ca leraro horte verdu kun jutet
lo horta grandu ca domo vetu videt
kel regas rubun nino kietu trovent
ca auta verdu cai domos hodie portet
lo nava ca pipo trovet
ca flua li fluos lasun voket
nava vetu kel balos ca hunde apud portet
rega li navos junun li autes apud videt
cai ninas cai regos vokent
lo flua ca rego ca miawe sub sekvet
lo horta piku ca horto altu denove trovet
kel hortas li ninos rubun agrike post portent
ca auta lo domo junu ca pome post trovet
ca auta kietu lo omo amet
ca rega li urbos felun dome rubu apud trovet
lo doma ca nino lo kavale apud voket
bala arbo vetu amet
lo nava ca auto verdu li kavales post videt
ca dama ca arbo lo arbe altu post jutet
ca auta ca domo piku lo pome kietu kun obset
cai kavalas lo fluo li pipes lasun sub trovent
arba cai pomos junun li hortes int sekvet
li ninas felun ca auto vident
hunda junu agriko kietu obset
li fluas ca horto grandu trovent
lo libra kel navos jutet
miawa ca horto lo urbe sub videt
hunda kel hortos junun rapide jutet
li fluas horto trovent
li libras ca miawo trovent
lerara kel autos trovet
cai kavalas felun kel fluos kietun jutent
ca pipa kel urbos pikun kel flues sub jutet
horta kietu lo nino vetu obset
nina kietu lo auto voket
bala rubu li balos pikun videt
ca dama piku urbo videt
kel pomas kietun miawo felu li dames sub vident
bala verdu miawo videt
nina cai omos ca dame apud sekvet
li arbas rubun cai hortos altun obsent
kel navas rubun navo vokent
ca pipa kietu lo miawo denove sekvet
li regas cai autos junun vident
ca oma felu lo nino lo dame apud rapide videt
ca bala ca horto portet
ca horta li arbos videt
cai balas ca balo piku trovent
lo pipa hundo kel kavales kietun kun videt
cai omas ca domo felu cai autes int obsent
cai omas junun ca pomo piku portent
cai navas felun arbo vident
li domas kavalo altu jutent
rega kel fluos grandun jutet
cai pomas felun cai regos lasun cai agrikes grandun apud jutent
ca kavala ca rego junu amet
cai ninas kel autos altun hodie obsent
pipa kietu navo voket
kel fluas ca miawo vetu lo dame grandu post portent
lo nava kel fluos denove portet
arba felu kel libros junun li lerares int trovet
lo horta ca pomo obset
li agrikas lasun lo arbo ament
kel leraras ca miawo cai pipes apud sekvent
kavala lo navo sekvet
cai libras auto rapide vident
lo hunda piku leraro lasu jutet
hunda kel ninos pikun denove videt
ca urba nino piku sekvet
cai domas junun ca urbo jutent
li hundas junun li balos lo rege sub ament
ca horta ca horto piku amet
kel miawas lasun omo trovent
li arbas kel regos cai kavales pikun kun ofte sekvent
lo miawa miawo ofte portet
ca bala lo navo altu sekvet
libra cai ninos kavale altu apud amet
lo horta pomo obset
cai ninas lasun lo arbo cai lerares sub jutent
ca auta ca miawo vetu sekvet
oma rubu nino urbe kun rapide trovet
ca arba felu leraro lasu rapide trovet
nava ca domo verdu voket
cai pomas altun omo vetu obsent
li pomas lo kavalo ofte jutent
lo horta ca libro rubu amet
li arbas pikun lo agriko junu kel hortes int denove portent
ca auta ca balo jutet
kel agrikas li balos trovent
pipa altu lo rego amet
lo lerara ca libro portet
auta lo omo vetu voket
doma urbo sekvet
kel balas grandun urbo lasu li nines verdun kun jutent
cai agrikas ca nino portent
kel miawas felun lo fluo kel urbes junun apud portent
ca nina li pomos jutet
ca pipa felu cai fluos ca lerare post denove trovet
ca auta li urbos vetun rege int voket
nava kel balos jutet
ca oma lo arbo li miawes kun obset
li miawas altun kel domos felun jutent
li autas lo damo ca nine post vident
auta piku hundo grandu portet
ca kavala ca nino ca pome vetu int amet
auta fluo li bales verdun int jutet
ca auta cai domos amet
kel damas lasun kel urbos rubun cai flues post vident
cai damas lo horto portent
lo urba kavalo kietu hodie sekvet
lerara lo omo libre kun trovet
ca poma rubu cai urbos sekvet
kel fluas cai omos junun bale post trovent
kel pipas pikun lo libro obsent
cai omas ca urbo junu jutent
ca kavala ca leraro felu hodie videt
nina lo leraro altu portet
lo oma lo omo rapide obset
ca flua lo rego felu denove portet
lo hunda lasu lo urbo grandu voket
lo urba vetu pipo grandu jutet
urba lasu balo lo arbe post lante voket
li omas rubun ca pipo denove sekvent
cai regas li pomos trovent
lo agrika cai regos kietun ca urbe int videt
ca miawa lasu lo miawo voket
li kavalas kietun ca omo piku vident
miawa li fluos lasun portet
bala kel ninos amet
lo nina balo ca flue int sekvet
cai ninas pikun cai pomos lo kavale grandu post obsent
lo bala kietu agriko amet
kel agrikas junun ca libro vetu ament
ca libra felu ca pipo grandu voket
lo bala felu ca libro denove trovet
lo auta junu lo kavalo verdu videt
li hortas navo felu ament
kavala junu miawo trovet
lo dama li navos denove portet
ca bala altu li pomos ca aute kun trovet
nava ca fluo junu li autes apud obset
ca libra ca arbo vetu lo urbe apud jutet
nina li ninos junun trovet
ca horta rego amet
kel fluas junun ca auto kietu trovent
ca lerara pomo obset
ca kavala lo horto lo libre int lante sekvet
ca nava felu lo omo jutet
lo horta kel hundos li domes sub voket
cai navas verdun cai damos altun cai dames post lante ament
li urbas vetun ca arbo verdu ament
kel libras horto rubu vokent
kel autas kietun hundo junu ofte trovent
ca libra kel autos junun amet
ca dama ca nino rubu lo hunde int denove obset
lo agrika lasu kel ninos jutet
lo poma rubu cai damos altun li pomes kietun apud portet
lo bala piku cai balos felun hodie voket
poma cai libros grandun lo bale junu post trovet
lo doma kel hundos grandun obset
ca agrika piku lo navo ca hunde post voket
kavala altu ca agriko kel pomes junun int hodie videt
ca agrika lo nino li urbes junun sub sekvet
li balas kietun ca horto lante obsent
ca nina verdu kel pomos sekvet
ca arba ca damo lasu portet
poma felu kel ninos cai nines post lante trovet
cai kavalas nino kel libres sub sekvent
lo bala verdu lo pipo kietu sekvet
lo rega pipo junu portet
cai autas cai navos altun ca rege lasu int portent
rega ca omo lo dame post lante sekvet
cai hortas lo horto vetu trovent
kel fluas altun ca miawo sekvent
auta ca pomo ca libre post voket
cai pipas nino nave altu sub hodie obsent
lo miawa lo libro hodie portet
li urbas pikun ca fluo grandu vident
lo poma altu kel hundos felun kel naves post voket
lo auta piku balo cai agrikes sub voket
lo nina lo arbo kietu obset
lo arba rubu lo kavalo sekvet
nina junu li fluos junun ca ome apud ofte amet
oma lasu li hortos portet
ca agrika grandu ca miawo rubu denove videt
ca hunda li regos lasun ofte portet
poma grandu ca urbo li omes apud jutet
li hundas lo horto hunde kun jutent
cai autas li kavalos junun kel libres sub rapide portent
li autas vetun ca agriko lo lerare int ament
ca flua balo kietu hodie jutet
lo hunda felu li arbos lasun sekvet
lo kavala cai leraros kietun amet
ca nina kel leraros denove trovet
ca auta li miawos hodie portet
cai hundas vetun kavalo junu portent
li regas cai kavalos denove jutent
horta rubu arbo videt
ca agrika ca urbo rapide videt
lo poma grandu ca urbo lo flue lasu kun ofte amet
li damas lo nino kietu vident
lo hunda junu ca kavalo lasu denove voket
kel regas lo miawo jutent
kel damas pikun ca horto kel kavales post trovent
ca flua lo leraro vetu obset
lo miawa altu cai hortos denove voket
doma ca urbo lo urbe rubu post sekvet
cai regas felun ca nino vetu vokent
lo arba li autos ca miawe post denove portet
cai pipas junun cai domos ofte obsent
cai ninas miawo lasu portent
nina vetu kel agrikos verdun voket
lo doma ca auto kel agrikes vetun int ofte voket
kel damas grandun ca arbo lo nave int vokent
cai libras pomo grandu vident
kel pipas lo miawo ca nave vetu int hodie jutent
ca urba horto kietu hodie amet
horta lo urbo vetu denove portet
cai balas rubun leraro kietu vokent
cai hundas kietun ca nino li hortes kun trovent
cai balas ca leraro vokent
ca dama ca auto rapide obset
pipa ca miawo voket
kel urbas cai autos sekvent
kel regas cai navos rapide jutent
ca dama junu lo hundo ca kavale kun hodie trovet
ca bala verdu lo agriko obset
kel agrikas kel miawos ofte vokent
ca dama rubu li balos sekvet
lo oma lo navo videt
ca agrika lo agriko lasu videt
ca dama cai ninos lo pome altu post denove portet
miawa cai domos kietun trovet
dama ca damo jutet
cai libras kel urbos junun vident
lo libra rubu libro lante portet
lo flua lasu kel arbos verdun ofte amet
lo rega lasu kel ninos junun ca bale post portet
lo miawa kietu cai navos ca agrike rubu kun videt
cai autas felun li damos kietun li hundes altun kun sekvent
lo rega cai hundos lasun sekvet
cai urbas cai balos kietun denove jutent
lo dama li fluos amet
kavala lo pipo voket
cai fluas kietun cai damos pikun trovent
horta lo nino lasu voket
poma junu ca auto sekvet
li pipas kel pipos hodie portent
kel arbas cai balos lo pome apud portent
urba kel damos pikun lante amet
kel pipas rego rubu li bales lasun int vident
ca auta felu lo balo cai reges post sekvet
ca nina li hortos trovet
ca kavala pipo videt
kel regas verdun damo piku lante jutent
li kavalas lasun kel pomos cai libres lasun sub ofte sekvent
li autas cai balos vident
horta vetu ca pipo trovet
pipa lasu auto piku cai omes apud trovet
cai autas lo fluo lasu ca agrike sub vident
li libras rubun ca miawo felu lo lerare sub ament
ca pipa li autos videt
cai navas omo altu vokent
libra vetu cai kavalos lo lerare sub sekvet
kel hundas kel navos obsent
ca bala verdu hundo ca bale apud portet
ca dama li regos felun sekvet
li autas junun cai omos cai lerares int vokent
miawa kel pipos li domes verdun post sekvet
kel domas li domos denove jutent
auta rubu cai agrikos portet
li libras felun lo arbo rubu cai naves pikun apud obsent
kel leraras pipo kietu trovent
kel miawas junun ca pomo hodie sekvent
cai navas kietun kel regos ca flue junu int vokent
li pipas grandun li domos grandun ofte obsent
ca arba cai libros trovet
li pomas ca kavalo rubu portent
ca auta piku lo domo amet
miawa lo rego amet
lo poma vetu kel leraros felun lo horte post sekvet
ca nina grandu lo rego rubu trovet
cai balas pikun ca domo cai autes rubun sub lante vident
ca oma ca balo portet
cai arbas ca omo altu ament
lo poma ca balo lasu cai autes apud amet
kel hundas pikun nino portent
lo horta ca omo junu voket
ca bala li autos vetun li lerares int amet
ca urba altu ca auto dome post amet
kel arbas lo agriko sekvent
kel autas lo fluo felu jutent
cai miawas ca auto hodie jutent
arba fluo hodie sekvet
li fluas ca fluo felu li lerares kun lante trovent
li damas rubun cai damos hodie obsent
kel urbas li omos trovent
cai miawas ca libro portent
lo urba agriko vetu lo nine post ofte jutet
cai navas altun ca domo vetu li reges post sekvent
lo lerara piku lo navo amet
lo kavala li kavalos voket
kel agrikas cai libros pikun obsent
li hundas li autos vident
lo hunda altu li ninos kel reges apud trovet
kavala kel navos cai naves verdun post videt
kel regas junun urbo lante jutent
cai agrikas lasun nino felu pome post ament
auta kel libros verdun sekvet
kel balas kietun cai leraros trovent
ca lerara li agrikos lasun videt
nina li urbos vetun kel arbes felun int jutet
ca rega kel leraros junun li flues junun kun portet
lo oma junu ca horto hodie obset
lo miawa kel fluos obset
li autas kel ninos lasun li reges sub lante ament
arba ca pomo rubu videt
kel hortas felun libro lante portent
kel damas lo nino vident
kel hundas vetun lo balo altu hunde felu post sekvent
cai leraras felun ca omo kietu vokent
ca hunda verdu cai ninos sekvet
cai autas grandun arbo grandu ca agrike lasu int trovent
lo hunda ca balo hodie voket
lo urba piku horto dome int ofte obset
li miawas junun cai kavalos obsent
ca agrika piku lo hundo kel dames int hodie amet
flua vetu li balos amet
kel kavalas vetun lo damo felu vident
li miawas fluo vetu ofte vident
kel urbas verdun ca damo ofte vokent
cai autas ca nino obsent
ca bala lo kavalo vetu voket
li navas vetun kel libros ca dame verdu int trovent
lo miawa hundo lante videt
lo rega lo horto amet
li arbas kel agrikos rubun vokent
cai hundas vetun lo agriko piku hodie trovent
lo kavala lo auto verdu kavale kietu int portet
lo pipa li urbos lante videt
li agrikas li ninos altun vokent
lo kavala li hortos li domes apud denove sekvet
li hundas rubun horto dome int portent
ca nava li omos verdun trovet
ca nava omo ofte portet
kel hundas kel pipos verdun obsent
ca urba grandu cai hundos vetun amet
li pipas kietun ca libro vetu denove vokent
ca rega agriko vetu ofte voket
cai omas lo omo grandu lante trovent
lo auta libro denove videt
arba lo urbo kel agrikes int portet
cai pipas kel ninos hodie sekvent
li regas lo leraro ca miawe kun denove jutent
ca bala lo pipo ca libre grandu sub rapide amet
kel hortas rubun auto piku lante trovent
kel autas omo obsent
ca miawa kel regos videt
agrika arbo lasu ca miawe kun lante trovet
agrika li damos junun li bales sub trovet
lo nava urbo lo ome kun hodie sekvet
kel pipas kel navos vokent
li omas fluo ca pipe post trovent
poma li autos pikun obset
cai autas kel balos cai omes int ament
lo miawa lasu pipo hunde sub sekvet
ca arba cai ninos ca flue felu sub portet
ca arba lo urbo portet
kel damas altun kel arbos felun vokent
lo miawa altu ca hundo lo ome rubu int obset
ca horta rubu cai leraros sekvet
cai autas kietun lo agriko obsent
auta lo omo verdu denove obset
ca flua li regos grandun videt
lo miawa kel agrikos lasun lo ome kun voket
cai fluas lasun pomo trovent
agrika rubu ca kavalo sekvet
kavala ca auto li dames kun portet
ca horta ca nino rubu ofte videt
lo urba ca omo rubu dome int jutet
li hortas lo omo ofte obsent
li kavalas arbo verdu obsent
li hundas felun fluo ca kavale junu kun ament
lo libra kel libros cai urbes lasun int sekvet
li domas li arbos vetun vident
doma ca fluo ca flue sub rapide obset
cai fluas felun cai damos felun vokent
lo doma grandu kavalo altu denove sekvet
poma verdu cai autos lasun videt
kel domas li hundos vokent
cai kavalas vetun lo urbo kel miawes kietun sub jutent
horta junu kel ninos agrike junu apud rapide trovet
lo auta lasu lo omo vetu lo pipe kun trovet
ca pipa arbo voket
lo dama cai balos cai miawes vetun post amet
ca hunda rubu leraro denove amet
lo hunda lo leraro rubu lante portet
cai libras lo balo junu ament
lo oma leraro jutet
lo libra cai navos felun trovet
li kavalas urbo junu ca libre apud vokent
lo nava altu ca urbo vetu portet
lo pipa rubu cai autos lo pipe int jutet
lo poma verdu ca rego cai lerares kietun int portet
cai pipas cai pomos lo flue lasu kun ament
lo agrika vetu libro felu rapide videt
ca pipa cai urbos lo nine apud trovet
urba pomo denove sekvet
lo poma ca fluo portet
li miawas verdun rego rubu vident
cai libras pikun li agrikos kel naves altun int obsent
cai libras lo leraro lante vokent
ca libra pipo amet
lerara ca agriko lo kavale post trovet
lo horta arbo piku li flues vetun post obset
cai pomas cai urbos kietun jutent
lo doma grandu cai hundos hunde sub trovet
cai navas cai arbos li reges apud denove vokent
kel libras junun lo horto li omes sub obsent
cai miawas verdun kel urbos vident
li domas li autos pikun vident
lo hunda omo voket
ca oma cai damos nine verdu int sekvet
ca doma vetu ca pipo videt
kel urbas lo leraro ca pome lasu sub jutent
lo bala cai damos cai libres junun int ofte amet
li hundas lo navo li flues int sekvent
cai fluas pikun kel regos ca hunde sub portent
li fluas pipo lo kavale sub denove vokent
lo nava hundo lasu dame post trovet
nava junu damo amet
cai leraras pikun li regos lasun rapide ament
ca oma ca hundo grandu sekvet
rega kietu ca libro sekvet
ca kavala auto kel autes int obset
cai pipas cai balos jutent
kel libras lo agriko obsent
horta junu lo navo junu jutet
lo horta lo miawo arbe apud obset
cai balas junun li pipos vetun obsent
ca urba ca damo ofte jutet
ca doma kel ninos altun sekvet
li arbas li fluos obsent
arba junu lo libro vetu li miawes int trovet
lo lerara rubu navo cai kavales int rapide trovet
cai omas cai agrikos obsent
ca poma auto felu hodie voket
li regas li regos rapide jutent
li regas vetun ca arbo kietu lo miawe kun sekvent
li hundas li arbos rubun jutent
nina verdu lo rego rubu obset
li pipas kel hundos junun ament
lo nava piku ca pipo rubu urbe sub sekvet
cai pipas altun kel regos pikun kel reges grandun int sekvent
kel autas lo nino lasu li reges lasun apud obsent
arba ca auto denove portet
cai fluas ca hundo junu portent
li leraras ca rego piku cai omes pikun sub obsent
lo poma lo damo voket
li pomas kietun kel leraros trovent
lo doma kietu urbo jutet
cai omas li navos vokent
ca libra piku lo auto amet
kel kavalas ca omo rapide obsent
kel urbas kel kavalos ca dome piku apud jutent
li omas horto ament
cai ninas lo rego ca lerare sub denove vident
cai hortas junun ca agriko vokent
lo flua kietu cai pipos voket
lo arba grandu li damos kietun lante voket
ca rega lo leraro piku ofte amet
bala piku lo horto grandu voket
cai leraras li hortos jutent
kel omas kel leraros hunde altu kun vokent
cai autas ca pomo lasu ca ome apud jutent
flua lo rego ofte jutet
auta auto lante amet
auta ca pipo ca dame apud jutet
ca bala cai balos vetun li domes post jutet
lo dama rubu lo damo obset
kel omas li damos kel hortes lasun int obsent
li hortas kel fluos vokent
kel damas ca leraro trovent
li pipas felun li urbos altun jutent
miawa kel navos cai dames kun amet
kel autas verdun lo pipo vokent
kel regas lo arbo piku obsent
lo pipa ca libro denove voket
cai ninas cai regos lasun lante vokent
lo urba lasu kavalo verdu kel arbes sub denove voket
li regas li balos vetun agrike sub obsent
kel leraras ca pomo portent
lo rega li fluos lante obset
ca agrika lo auto grandu lante voket
ca miawa lo pipo lo nine apud sekvet
doma ca miawo hodie portet
li regas junun ca fluo kietu lante sekvent
kel pomas verdun li domos lo nave rubu int vident
arba altu omo trovet
kel ninas ca urbo vetu ca rege sub obsent
kavala junu lo balo cai agrikes post voket
cai libras lo leraro vokent
li arbas lo leraro cai reges pikun post hodie obsent
hunda lo urbo portet
li balas li regos ca horte felu post vokent
ca doma junu cai balos obset
cai omas miawo lasu lo kavale grandu sub lante portent
lo rega arbo trovet
kel hundas verdun kel balos lasun nave int trovent
kel damas rego jutent
li omas lo kavalo portent
ca urba ca nino hodie obset
cai libras cai leraros kel hundes int trovent
li agrikas libro piku portent
ca urba cai hundos junun jutet
doma rubu lo navo sekvet
agrika lo pipo junu voket
lo poma verdu domo kietu lo aute kun sekvet
ca arba cai pomos pikun sekvet
lo nina kel navos jutet
ca libra junu ca pipo ca dome grandu sub amet
cai leraras ca arbo felu kel dames verdun post denove sekvent
kel pipas pikun lo pomo altu cai arbes verdun sub rapide trovent
hunda kel fluos rege int lante trovet
li fluas ca kavalo jutent
kel arbas lo arbo vokent
lo flua lo pomo altu voket
rega vetu lo libro ca dame int sekvet
lo libra kel pipos felun hunde post denove sekvet
cai pomas lasun cai omos pikun trovent
li navas navo jutent
kel miawas cai pomos kietun vokent
cai hundas junun navo vident
cai navas cai urbos grandun denove jutent
kavala lo domo trovet
ca kavala ca miawo li miawes int portet
li leraras omo ofte vident
kel fluas ca omo ament
lo rega rego li arbes kun jutet
cai fluas lasun hundo rubu sekvent
cai arbas kel autos pikun li naves kun vident
lo horta cai ninos lasun rapide jutet
lo libra li urbos pikun trovet
cai regas cai hundos grandun jutent
li miawas kel hortos grandun vident
ca pipa kel autos amet
cai kavalas lasun li autos cai pipes kun rapide vident
ca arba felu lo omo denove sekvet
miawa felu kel navos li reges int hodie portet
auta ca leraro altu ca lerare sub ofte voket
ca nina domo rubu obset
kel hundas cai domos ca nave altu kun vident
flua lo horto kietu voket
auta cai omos kietun voket
cai autas rubun li miawos felun portent
kel leraras pikun ca pomo portent
dama altu lo nino obset
lo poma altu lo arbo portet
nava junu cai agrikos denove obset
ca urba lasu miawo amet
poma ca urbo jutet
kel miawas ca omo kietu lo flue int lante ament
kel pomas ca domo trovent
ca rega li ninos lasun videt
lo arba li leraros obset
li damas ca hundo kietu kel urbes vetun int lante portent
bala li miawos obset
kel damas libro portent
ca dama verdu kel agrikos hodie obset
lo flua verdu ca miawo sekvet
lo nina kietu cai navos portet
cai pipas arbo lerare int rapide portent
li autas li leraros ca dame kietu sub portent
li pipas balo lante vident
lo dama ca agriko piku lante obset
lo miawa li hundos lasun videt
lo poma li hundos vetun ofte sekvet
lo oma verdu ca fluo videt
dama kietu ca hundo obset
horta li arbos lo nave vetu apud portet
urba rubu kel libros denove portet
cai ninas kel arbos trovent
kel pomas cai agrikos vetun vident
lo bala li ninos pikun ca aute rubu post videt
kel urbas kel urbos jutent
kel regas pikun ca arbo obsent
lo hunda vetu lo auto obset
kel urbas ca agriko cai reges kun portent
cai regas leraro sekvent
ca horta rubu lo rego trovet
hunda horto trovet
lo miawa ca damo felu trovet
li hortas cai agrikos rubun vokent
li agrikas ca rego hodie ament
ca urba ca hundo kietu trovet
li leraras ca pomo kietu ca pome altu sub vident
kavala omo ofte voket
dama arbo hodie voket
li hundas cai damos vokent
cai navas kel damos junun jutent
lo hunda rubu cai balos videt
auta miawo ca agrike sub lante jutet
kel omas vetun lo damo lante trovent
kel regas lasun li urbos rubun rapide portent
ca kavala li pomos lasun cai nines kun ofte portet
ca lerara kel fluos denove obset
ca pipa lasu kel hortos rubun videt
li fluas vetun kel hortos portent
ca miawa pipo felu ca aute kun voket
urba ca nino obset
lo dama kel miawos voket
ca dama ca urbo piku cai hortes vetun post lante obset
rega lo libro felu ofte jutet
li kavalas libro hodie vident
kel agrikas ca miawo ca agrike lasu kun rapide jutent
cai hortas li autos trovent
lo rega grandu ca pipo lasu lo lerare sub trovet
kel libras kietun ca nino grandu lo horte sub vident
arba junu kel domos lo ome vetu kun portet
ca urba damo junu kel domes int videt
ca pipa felu kel navos cai autes apud denove videt
cai miawas verdun li miawos felun obsent
li pipas li pipos ofte vident
li damas pikun urbo altu lo flue verdu int vokent
ca auta lo horto jutet
kavala cai leraros lante sekvet
lo horta verdu lo nino kietu cai reges post jutet
cai domas ca navo ca nine apud sekvent
cai autas lo horto vokent
ca auta kel balos videt
ca auta ca fluo voket
lo dama li libros jutet
ca poma ca pomo altu videt
ca libra cai miawos lante sekvet
lo nava kietu li domos junun obset
kel navas cai hortos cai pomes int ament
ca miawa kel hortos trovet
hunda verdu lo pipo amet
ca horta junu nino aute felu apud jutet
ca urba hundo junu li nines junun post portet
ca poma rubu ca auto piku trovet
cai ninas lo agriko li kavales kietun apud denove ament
urba li kavalos altun denove trovet
oma cai navos grandun li agrikes kun hodie portet
cai arbas rubun omo trovent
ca lerara lo miawo videt
urba li hundos jutet
kel leraras kel hundos grandun obsent
nava rego rubu jutet
poma kavalo cai miawes int rapide portet
lo libra ca auto kel domes verdun sub hodie amet
ca agrika lo hundo jutet
kel regas verdun li kavalos lasun ca aute kun obsent
ca oma grandu navo piku kel autes vetun apud denove amet
kel agrikas lo damo verdu ca bale int trovent
urba verdu lo omo verdu amet
urba cai kavalos denove voket
kel arbas kel kavalos vident
li ninas verdun lo omo ament
nina kel damos cai naves verdun apud sekvet
pipa vetu cai leraros rubun ca urbe piku kun rapide obset
miawa hundo portet
dama arbo vetu cai arbes apud ofte voket
li hortas vetun horto piku lo bale piku kun ofte vident
miawa li hundos junun ofte sekvet
rega kietu kel omos trovet
kel ninas lo rego altu vokent
lo kavala junu lo leraro piku portet
kel navas kel autos ca dame kietu int hodie obsent
cai kavalas cai pipos rapide ament
lo urba kavalo voket
flua verdu li agrikos kietun portet
cai ninas lo urbo pipe kun sekvent
ca bala lo miawo kietu videt
ca kavala felu ca leraro kel miawes int jutet
pipa cai regos lasun sekvet
lo hunda ca damo vetu videt
lo auta altu kel agrikos felun jutet
ca doma junu rego denove amet
lo flua lo nino vetu videt
ca nava verdu cai regos lo dame apud obset
ca agrika grandu cai miawos rubun rege int denove obset
ca doma piku cai libros vetun lo rege int amet
cai navas cai omos vetun lo flue apud rapide sekvent
cai regas fluo bale felu sub lante portent
pipa hundo obset
cai kavalas rubun navo kietu hodie portent
cai urbas lo balo junu vident
li autas fluo altu lo flue altu apud trovent
lo flua ca hundo lasu jutet
arba cai balos altun portet
rega felu ca horto verdu sekvet
li pipas li arbos rapide jutent
lo nava ca pomo portet
kel agrikas li pomos lo pipe int vokent
lo agrika lasu rego horte post portet
kel agrikas verdun ca arbo ofte jutent
kel urbas verdun kel miawos kel lerares lasun sub vokent
kel libras lo libro vetu ament
bala vetu cai ninos denove sekvet
lo arba lo domo verdu denove portet
ca doma li libros junun li libres altun int amet
ca poma rubu fluo altu kel miawes kun denove amet
bala lo damo portet
ca oma grandu ca kavalo piku lante sekvet
agrika felu lo kavalo sekvet
kel hundas lo omo kietu rapide vident
li hortas miawo ament
cai fluas li hundos ca dome grandu sub vident
kel ninas kietun lo fluo grandu jutent
lo lerara cai urbos sekvet
rega ca nino voket
lo flua piku kel pomos li bales apud portet
cai pomas pikun balo libre rubu kun vokent
ca lerara li pipos lo arbe int trovet
lo horta felu pipo rapide sekvet
li balas li pipos lasun kel domes rubun post ament
cai pipas ca balo bale int denove jutent
lerara piku lo balo junu li dames sub videt
li fluas miawo rege verdu sub rapide portent
kel kavalas lasun kavalo trovent
ca lerara li fluos pome post amet
ca lerara kietu ca libro felu voket
lo poma piku miawo lante sekvet
li regas lo pipo lo hunde apud vokent
ca dama omo denove portet
lo rega vetu li miawos junun videt
kel urbas kavalo piku libre verdu post portent
ca flua felu lo domo rapide obset
cai urbas kel fluos lasun denove ament
flua ca agriko rapide obset
agrika kietu lo navo rubu trovet
kel regas grandun ca navo kietu cai kavales junun apud portent
lo pipa verdu ca damo trovet
kel kavalas cai pipos lante jutent
li balas kel balos felun ca rege kun lante sekvent
kel agrikas lo omo hodie ament
poma kel libros rapide obset
doma li domos obset
horta kel leraros rege post obset
lo libra altu cai omos cai flues sub jutet
kel hundas ca balo portent
nina kietu lo kavalo cai arbes verdun apud rapide portet
lo dama li leraros trovet
ca rega kietu li omos verdun obset
kel arbas kietun pipo ca lerare post portent
li hortas omo grandu vokent
lo urba li miawos hodie voket
li libras li libros grandun lo bale int denove ament
li libras ca rego vokent
urba rego li miawes int voket
poma horto kietu li urbes int sekvet
ca libra rubu cai agrikos lasun arbe altu kun obset
kel urbas vetun cai pomos trovent
ca horta urbo videt
lo flua lo omo felu amet
lo auta ca horto lasu lante jutet
li regas vetun ca libro piku sekvent
lo doma lo pipo verdu nave apud ofte portet
li hortas rubun pomo li miawes post denove obsent
li agrikas felun lo domo sekvent
bala piku ca balo felu li urbes kun jutet
ca dama ca balo videt
lo arba grandu ca auto trovet
li autas vetun lo miawo grandu lo ome sub ofte vident
ca oma li miawos videt
lo dama cai regos amet
li regas kietun ca arbo ament
lerara hundo sekvet
ca poma lasu cai libros voket
kel omas lasun ca rego ament
li urbas agriko rapide ament
lo arba grandu ca arbo kel agrikes felun apud amet
kel navas lasun nino vetu cai libres post vident
lo urba cai domos amet
pipa cai miawos lante trovet
kel agrikas ca nino vident
li agrikas agriko vetu cai flues apud denove portent
li navas ca pomo rubu obsent
ca bala altu lo kavalo cai autes rubun int portet
doma ca pipo obset
lo pipa lo balo kietu amet
li fluas kel pomos rubun portent
cai arbas rego verdu lo nine apud obsent
ca doma cai ninos lasun li agrikes kun obset
li hortas lo miawo ofte vident
poma rubu li hundos sekvet
li omas li kavalos lasun lante ament
kel kavalas junun cai balos rubun hodie vident
miawa lasu ca leraro denove sekvet
li libras lo agriko altu portent
li ninas junun kel agrikos vetun vident
ca agrika altu lo arbo voket
ca doma grandu kel autos denove voket
lo poma ca libro ca lerare altu int obset
ca pipa pipo verdu hodie obset
li hundas grandun ca leraro felu ofte ament
lo doma ca miawo grandu amet
lo libra rubu li damos hodie trovet
cai agrikas junun kavalo piku kel dames apud vident
hunda lo damo aute int ofte voket
li urbas ca arbo ca horte apud obsent
ca auta kel ninos jutet
cai regas li pomos grandun kel kavales verdun int ament
lo rega horto trovet
li autas ca pomo piku vokent
lo hunda verdu ca damo lasu lo aute sub amet
li ninas ca urbo sekvent
lo hunda arbo lo libre int amet
kel autas lasun lo urbo kel pipes apud vokent
ca arba kavalo portet
ca libra li pomos felun lo pome rubu sub voket
li libras kel damos lo aute altu apud portent
oma junu omo rubu videt
hunda altu ca fluo lante trovet
lo hunda cai ninos amet
cai navas urbo lo libre junu kun ament
lo horta felu lo pipo altu obset
cai leraras rego sekvent
lo pipa grandu li miawos portet
lo kavala kietu ca libro trovet
ca arba cai hundos cai autes kietun int lante obset
kel autas vetun kel omos ca dame kun ament
ca horta piku kel pipos videt
rega ca libro rapide obset
lo arba ca pipo rapide jutet
kel urbas kietun balo felu ament
ca miawa li kavalos lasun lo bale apud denove obset
lo nava kietu arbo lasu li domes felun kun voket
agrika junu cai regos rubun sekvet
lo arba ca horto kietu sekvet
ca nina lo hundo altu portet
cai ninas grandun ca damo vetu ament
li miawas cai pomos portent
lo libra felu ca rego hodie trovet
cai regas altun li miawos pikun lo flue rubu sub trovent
lo nina kel pipos pikun jutet
lo dama kietu fluo ca hunde kun trovet
cai leraras li balos lasun vokent
lo flua lasu agriko lo pome apud ofte portet
kel regas lo auto jutent
arba kietu kel damos junun videt
kel hortas ca domo piku lo nine grandu apud jutent
hunda miawo felu kel urbes sub trovet
li libras lo urbo altu denove trovent
lo agrika cai regos felun obset
cai hundas nino junu ca horte sub obsent
kel hortas kel damos lasun obsent
kel navas felun pomo ament
horta junu cai hortos jutet
flua kavalo vetu miawe junu post sekvet
li damas vetun lo agriko grandu portent
ca horta cai miawos ca pome sub denove trovet
lo poma kietu lo libro dome sub portet
cai fluas fluo rubu cai lerares rubun kun rapide obsent
cai balas li urbos aute verdu sub portent
oma kietu kel balos kel lerares kun trovet
cai pipas cai omos kel kavales apud vokent
lo miawa felu cai arbos jutet
agrika kel balos denove jutet
ca oma li agrikos felun lo flue post videt
cai omas felun lo pomo junu li lerares int denove obsent
lo bala horto verdu ofte jutet
ca bala verdu nino obset
doma altu cai pomos felun trovet
cai arbas kel regos ament
lo oma kel omos junun kel urbes kun jutet
ca miawa ca navo ofte jutet
kel ninas ca kavalo jutent
ca auta felu kel miawos obset
cai balas verdun kel libros denove jutent
cai hundas kietun lo pomo vokent
lo agrika li navos ofte portet
cai autas lo leraro li pipes kun trovent
lo hunda li balos altun trovet
cai hundas rubun li damos dame lasu apud ament
ca hunda altu lo kavalo portet
lo arba kel leraros lasun ca pome lasu post trovet
lo bala piku ca pomo kel domes kun obset
ca rega felu lo balo rubu li urbes kun sekvet
lerara verdu li autos altun jutet
lerara li urbos jutet
lo nava piku kel navos pome rubu post obset
kel arbas grandun lo damo vetu cai pomes int jutent
kel pomas vetun hundo ofte jutent
lo miawa grandu kel urbos felun li arbes altun int voket
urba lo libro ca ome sub lante trovet
cai balas felun lo auto sekvent
urba rubu pomo kel agrikes lasun kun hodie amet
li balas grandun domo lasu jutent
ca pipa miawo lo hunde int rapide obset
li leraras grandun arbo ament
cai pipas felun cai pipos grandun ament
lo libra nino obset
ca nava li libros trovet
li damas junun cai fluos rubun denove ament
kel pomas altun ca domo junu ca arbe kun obsent
oma kietu kel arbos kietun lo kavale lasu int videt
lo bala rubu navo rubu videt
nina junu balo trovet
cai urbas ca libro sekvent
lo dama piku urbo denove obset
cai miawas auto verdu vident
libra lo kavalo kietu ca hunde apud denove videt
li miawas altun li libros vetun jutent
cai agrikas verdun kel domos ca nave piku kun rapide vokent
li pomas grandun ca kavalo felu ofte vident
lo horta lo fluo hodie amet
kavala li omos obset
li pomas vetun kel balos cai arbes apud sekvent
ca kavala verdu ca fluo rapide amet
lo nava felu agriko cai reges rubun post obset
kavala rubu cai damos li lerares junun post ofte videt
pipa cai pomos voket
lo agrika felu kel autos felun portet
ca auta ca leraro kietu denove obset
ca miawa lo pipo videt
bala li hundos trovet
ca nina lo damo piku rapide voket
libra ca omo videt
lo oma kietu kel kavalos videt
cai damas ca fluo piku pipe kietu apud vokent
lo rega cai pipos obset
ca horta damo lo agrike apud portet
ca oma lasu urbo cai hundes kietun kun jutet
lo auta vetu rego ca ome apud rapide jutet
lo agrika junu cai libros lo nine int trovet
lo agrika felu lo hundo kietu li flues lasun apud trovet
doma grandu kel pipos altun trovet
lo flua kel omos kel pomes kun ofte amet
nava kel kavalos trovet
lo nina junu fluo ca kavale int voket
li agrikas vetun cai ninos vetun lerare sub trovent
agrika kel arbos junun ca dome sub jutet
cai autas ca damo ofte obsent
lo poma kietu cai fluos ofte trovet
li navas pikun lo fluo obsent
ca lerara lasu li omos felun trovet
lo nava cai kavalos kel naves kun lante voket
li pipas ca horto junu rapide sekvent
lo pipa li agrikos li arbes sub portet
lo rega felu agriko rapide jutet
flua kietu kel pomos grandun jutet
bala pomo kietu ca arbe sub rapide trovet
lo nina lo navo altu trovet
cai urbas kel kavalos ofte sekvent
lerara ca omo verdu lo bale rubu post obset
li omas junun li kavalos pikun obsent
miawa kel agrikos hodie jutet
kel autas cai pomos verdun portent
ca bala kel libros rubun li bales junun kun amet
kel kavalas pikun damo ofte vident
flua domo piku ca kavale kun videt
li arbas kel kavalos li pomes kun jutent
lo nina ca pomo voket
kel damas felun cai urbos pikun cai dames kun hodie jutent
lo doma kietu lo horto verdu rege junu int videt
doma lo agriko cai libres apud amet
lo pipa altu lo agriko ofte portet
bala domo lasu ca hunde apud ofte portet
urba ca pipo rapide jutet
kel pipas hundo nave kun hodie trovent
cai fluas cai fluos vetun li hundes apud trovent
li hortas kietun pomo lo dome kun vident
ca miawa li ninos li flues sub sekvet
doma pipo verdu ca urbe junu int hodie jutet
ca nava kel urbos rubun lo libre post ofte videt
li damas kavalo grandu denove portent
doma lasu lo rego kietu cai pipes int jutet
li kavalas cai libros ca urbe grandu kun sekvent
kel pipas damo portent
horta li leraros verdun amet
cai domas ca fluo vident
li navas leraro kel agrikes kun trovent
lo pipa ca arbo felu videt
auta altu agriko sekvet
horta cai miawos dame verdu post trovet
cai regas ca navo trovent
kel ninas li navos ca miawe kietu kun obsent
horta li arbos li pipes kietun post sekvet
kel urbas omo felu vident
bala junu lo pipo rapide amet
li autas li pipos cai flues sub rapide sekvent
cai damas auto dome sub ament
nava altu navo kietu hodie obset
oma ca leraro sekvet
cai autas lasun lo horto felu lante trovent
lo pipa piku li hundos felun obset
lerara navo grandu cai pomes junun int obset
lo nina vetu li agrikos amet
cai hundas cai agrikos grandun hodie sekvent
ca miawa li balos portet
dama ca omo lo kavale rubu kun videt
li ninas altun li pomos rubun sekvent
kel autas ca leraro portent
li pomas lo arbo junu obsent
doma grandu li pipos sekvet
kel ninas li pomos lo ome grandu kun trovent
li kavalas rubun li urbos felun portent
cai pipas lo arbo bale kun ament
lo hunda ca damo piku ofte videt
lo urba lo damo lante voket
li regas kietun kel libros grandun aute int ofte vokent
ca poma lasu lo auto lo flue grandu apud hodie trovet
cai fluas li kavalos vident
nina balo altu lante portet
ca kavala junu domo vetu jutet
cai damas altun ca agriko piku lo ome rubu kun vokent
lo miawa cai urbos vetun denove obset
lo miawa kel agrikos grandun portet
li hortas kel arbos jutent
li urbas cai arbos vident
lo arba grandu kel pipos ca miawe apud portet
lo flua ca arbo jutet
cai regas auto altu hodie vident
ca agrika lo agriko portet
lo poma rubu cai agrikos ofte voket
kel libras verdun fluo li nines post sekvent
lo doma lo pomo kel libres kun lante sekvet
horta ca fluo portet
cai fluas lasun lo kavalo hodie trovent
ca doma li omos rubun lante voket
li libras lo pipo jutent
kavala kel damos pikun obset
li autas lo urbo ofte portent
ca kavala li libros trovet
auta li balos amet
ca dama ca agriko altu trovet
kel pomas felun pipo grandu trovent
miawa ca urbo flue apud amet
ca hunda lasu ca balo cai kavales kun denove portet
ca arba ca rego jutet
cai kavalas lo nino portent
lo doma lo agriko vetu cai kavales sub denove obset
ca pipa lasu li arbos ca arbe post portet
kel urbas felun lo pomo rapide obsent
nava verdu ca pomo jutet
nina junu lo auto kietu portet
li hortas li balos rapide portent
cai libras cai hortos denove vokent
ca urba pomo voket
li arbas lo omo ca pome kietu kun denove vident
dama lo pipo videt
li pipas auto nine kun ofte portent
kel navas lo rego lo nave sub lante trovent
ca hunda cai omos voket
cai regas li libros junun obsent
kel navas verdun ca kavalo felu hodie vokent
lo poma kel hundos rubun ofte sekvet
horta libro rubu lo hunde post rapide voket
kel balas navo kietu jutent
cai agrikas li navos vident
li regas lasun cai miawos pikun obsent
kel pipas hundo nine piku int ofte ament
cai domas lo agriko ca hunde kun vokent
li agrikas lo hundo lo miawe rubu sub hodie vident
ca poma auto verdu amet
cai libras li pomos kietun trovent
ca pipa lo navo altu lante obset
ca arba verdu li urbos lo pipe post sekvet
ca agrika junu miawo junu obset
lo nava ca leraro vetu trovet
li hundas lo domo verdu arbe kun jutent
li hortas vetun ca domo piku obsent
ca doma li ninos voket
cai domas kietun kel arbos vokent
lo urba kel fluos ca dame post jutet
pipa altu kel domos hunde felu kun voket
lo horta kel kavalos videt
ca dama lasu lo arbo ofte sekvet
lo dama kietu urbo portet
cai balas omo jutent
ca hunda lo nino verdu lo rege apud hodie trovet
pipa ca rego grandu amet
ca miawa altu domo portet
lo miawa lasu horto cai urbes sub voket
agrika rubu arbo lasu denove trovet
kel damas cai domos vident
kavala ca balo videt
cai hortas kel hortos pikun ofte obsent
cai omas ca fluo altu ofte jutent
ca kavala li kavalos ofte obset
oma rubu kel hundos lante amet
ca nava lo hundo sekvet
li hortas vetun lo domo lasu obsent
ca lerara lasu kel arbos lo bale int trovet
kel balas nino rapide trovent
lo doma li libros ca arbe piku apud amet
doma cai regos sekvet
ca auta junu ca urbo nine felu sub jutet
li autas verdun lo damo verdu ca aute kun ofte portent
lo horta lo domo lo lerare apud obset
li agrikas kel ninos kietun lo ome rubu post portent
kel navas grandun ca balo flue kietu apud lante vokent
cai ninas ca fluo verdu kel autes apud hodie sekvent
li fluas kavalo vetu trovent
li autas lo pipo ca pome kun jutent
lo kavala junu kel fluos junun cai autes rubun apud voket
cai urbas arbo portent
ca pipa ca pomo kel reges grandun int videt
ca bala cai navos sekvet
ca nava rubu lo arbo sekvet
cai libras fluo junu obsent
ca nava lo pipo verdu dame sub amet
doma ca urbo trovet
ca bala piku lo navo obset
lo pipa kietu li damos rubun lante portet
li libras kel arbos grandun hodie vokent
lo miawa vetu ca urbo rapide sekvet
lo bala kel leraros voket
lo hunda ca hundo kietu cai flues felun kun amet
dama lo miawo grandu kavale sub trovet
lerara vetu auto rubu li pipes verdun int ofte jutet
dama altu ca kavalo denove sekvet
hunda rubu ca rego vetu lante portet
ca bala cai balos li omes apud jutet
kel urbas li hundos bale sub ofte jutent
nava ca urbo jutet
lo kavala lo horto portet
li navas hundo portent
ca kavala lo horto piku amet
doma lo domo videt
ca horta ca leraro lasu ca bale sub lante jutet
cai pomas lo hundo junu jutent
ca agrika lo kavalo felu jutet
kel leraras rubun li arbos lante sekvent
lo oma rubu lo nino kietu voket
lo miawa arbo ofte amet
li balas verdun ca navo verdu lo kavale sub jutent
ca nava felu cai omos rapide amet
flua piku ca auto jutet
cai hortas ca omo kel autes rubun kun jutent
lo nina li balos sekvet
cai hortas lo nino kel urbes int vident
rega lo miawo obset
lo urba cai libros pikun videt
nava ca domo ofte amet
cai libras altun cai navos rapide trovent
li agrikas nino grandu ofte sekvent
kel omas cai fluos felun obsent
lo lerara ca pipo lasu hodie obset
cai regas ca auto kietu cai domes kun rapide ament
urba junu ca arbo altu cai lerares kun ofte portet
dama ca hundo junu lo pome kun videt
cai arbas lasun ca domo portent
lo horta urbo hodie videt
kel hortas cai pomos portent
cai miawas lo omo felu ofte jutent
ca rega li fluos verdun ca flue post sekvet
li omas kel hortos rapide ament
kel urbas ca kavalo junu sekvent
li navas grandun pomo verdu obsent
lo dama lo rego trovet
lo horta leraro nave post sekvet
kel fluas verdun li hortos grandun bale grandu apud jutent
rega verdu kel domos obset
lo dama kietu lo rego ome kun lante jutet
nava damo piku trovet
lo poma li kavalos pikun videt
lo libra nino lante portet
lo horta cai pipos grandun jutet
li omas rubun ca fluo junu lo lerare lasu sub jutent
li fluas grandun li regos altun obsent
li pipas ca nino nine kietu apud rapide trovent
ca nina agriko ca flue grandu kun obset
cai miawas kel damos rubun kel libres int ament
lo pipa lo miawo lo pome sub portet
ca nava domo lante trovet
kel leraras omo lasu ament
lo dama verdu omo trovet
lo libra vetu ca miawo vetu jutet
li autas kietun kel ninos pikun sekvent
lo oma lo urbo libre int sekvet
cai kavalas damo kel lerares apud vident
oma felu balo altu trovet
li damas li balos vetun vokent
nava ca auto rapide obset
hunda cai navos altun jutet
ca pipa lo miawo kel hundes rubun sub sekvet
lo flua li miawos kel pipes post trovet
cai arbas ca miawo li agrikes rubun post rapide jutent
kel fluas junun ca balo rapide obsent
lo arba lo agriko amet
li regas verdun lo damo rapide obsent
cai hortas kel pipos lasun ofte vident
lo bala lasu ca kavalo grandu videt
kel hortas grandun lo damo verdu jutent
ca pipa cai kavalos kietun lo horte apud sekvet
lo nina li domos altun portet
li autas cai urbos lo nine kun ament
ca horta cai pipos miawe piku int voket
lo poma junu lo auto grandu cai miawes lasun post lante obset
li miawas verdun lo pipo obsent
kel miawas altun kel damos jutent
nava lo pipo lo dome piku kun denove jutet
lo libra li libros dome junu kun portet
li kavalas felun leraro rubu jutent
ca libra piku rego vetu amet
kel regas ca kavalo junu sekvent
arba kietu miawo voket
li leraras ca miawo vetu obsent
lo pipa lasu lo hundo sekvet
li domas kel regos altun sekvent
rega vetu lo leraro lo flue int lante sekvet
ca agrika verdu kel hortos jutet
cai ninas li ninos felun jutent
kel balas kel pomos vetun hodie trovent
doma junu arbo obset
cai arbas kel miawos lasun cai arbes rubun kun trovent
poma junu ca rego kietu ca aute verdu apud hodie videt
libra lo damo hodie jutet
cai fluas li pipos sekvent
urba cai domos kietun sekvet
kel urbas pomo lasu hodie obsent
kel damas kel urbos hodie sekvent
li regas kel urbos altun sekvent
ca arba lasu cai urbos lasun amet
lo hunda lo leraro verdu amet
cai navas kel balos trovent
ca urba ca libro kel autes pikun kun sekvet
ca kavala cai omos voket
ca libra lo balo videt
li urbas ca horto nine sub obsent
cai pomas li omos lante obsent
kel miawas kietun urbo junu obsent
ca pipa ca auto ca pome grandu apud rapide obset
li hundas rubun li hundos rubun lo agrike grandu sub vokent
kel kavalas lasun li arbos lante ament
ca poma lo balo sekvet
dama auto verdu hodie videt
auta ca navo lante sekvet
lo horta lasu kel arbos lo aute sub ofte portet
lo poma arbo lasu lo miawe junu kun trovet
ca arba ca pomo voket
ca bala nino lasu dame kun videt
kel hortas rubun ca pipo vident
cai ninas ca kavalo ca pipe int denove vokent
horta felu cai omos jutet
kel pipas felun cai hortos altun jutent
lo hunda leraro portet
dama li autos kietun videt
lo kavala ca navo obset
ca hunda li miawos verdun lo pome kun ofte obset
lo rega ca rego kel omes kun portet
cai fluas kietun li omos vokent
li hundas ca horto vokent
cai arbas junun ca arbo altu rapide vokent
agrika lasu cai navos amet
auta piku ca libro voket
kel domas kel fluos jutent
ca pipa vetu rego grandu jutet
ca doma kel domos lasun denove sekvet
cai miawas kel agrikos vetun lo agrike kun obsent
kel pomas rego ament
lerara vetu kel miawos junun portet
ca arba ca horto grandu videt
kel domas altun lo kavalo jutent
lerara grandu li libros felun jutet
lo libra li ninos felun li reges kietun int amet
li libras kel damos felun vokent
ca libra li ninos rapide amet
cai hundas ca damo ament
ca oma altu kel omos ofte obset
cai urbas li hundos verdun jutent
kel fluas vetun ca pipo junu denove vokent
oma rubu li hortos grandun amet
cai domas grandun kel fluos vetun trovent
dama ca navo rapide voket
ca libra lasu rego obset
cai miawas altun arbo jutent
li hundas kel arbos vetun li nines kun denove ament
li damas kel pomos trovent
lo bala lo auto felu amet
kel arbas lo miawo ca aute apud denove trovent
kel balas cai navos vokent
lo nina miawo lante trovet
kel agrikas ca horto jutent
li agrikas pipo jutent
kel arbas ca navo kietu sekvent
cai damas li libros vokent
kel regas kel domos rubun obsent
cai omas ca damo junu cai kavales int vident
nina lasu kel miawos jutet
li ninas omo cai libres altun apud vokent
flua cai agrikos lante videt
libra verdu ca damo denove portet
lo rega cai regos rubun kel miawes int amet
lo pipa lo balo lo kavale kun voket
urba piku navo ca flue lasu sub voket
miawa pomo ca horte apud lante sekvet
cai hundas rubun lo hundo rubu lante vident
kel navas lo libro ament
kel omas kel autos portent
kel damas ca navo kietu rapide vident
kel pomas lo nino rapide obsent
lerara lo pomo hodie obset
kel miawas ca arbo lo flue post lante obsent
cai balas ca miawo sekvent
lo flua junu li balos junun lante amet
lo horta verdu lo fluo jutet
li pipas lo omo grandu horte verdu sub ament
poma kietu ca navo li dames apud rapide trovet
li kavalas ca rego vident
ca kavala rego felu sekvet
lo doma kietu kel pomos verdun jutet
kel pomas lo domo trovent
kel pomas cai damos verdun ca urbe int denove vokent
oma lasu ca damo ca lerare apud jutet
lo libra nino arbe kun trovet
kel navas li miawos li hortes post vident
lo arba horto voket
lo urba cai damos portet
kel omas lo omo lante jutent
lo pipa kel miawos videt
li autas verdun li pomos sekvent
cai hundas kavalo grandu ament
li agrikas junun li hortos junun ca rege altu kun vident
doma altu ca domo felu lo horte felu apud voket
kel kavalas vetun lo kavalo junu obsent
ca libra lo hundo lasu portet
li omas vetun kavalo hodie ament
kel navas rubun domo ca pipe apud vident
ca miawa altu cai hortos jutet
kel navas grandun lo rego hodie vident
ca bala rego li urbes grandun int ofte portet
hunda vetu lo arbo jutet
ca poma navo voket
ca lerara cai regos denove amet
cai agrikas grandun li autos vokent
kel hortas ca horto kel hundes post rapide portent
li leraras lo miawo portent
urba lo omo grandu portet
cai libras ca navo rubu ofte vident
lo lerara lo pipo vetu denove obset
lo dama junu urbo ofte portet
ca oma felu lo domo rapide jutet
kel balas lo domo denove sekvent
auta fluo altu voket
kel domas kel domos rapide vident
kel navas ca urbo portent
agrika lo rego felu obset
li navas lo arbo ofte obsent
ca horta ca hundo ca hunde int lante videt
lo flua lasu cai navos altun amet
lo lerara auto amet
bala piku ca balo videt
lerara ca omo trovet
lo rega grandu lo navo piku kel domes apud portet
ca nava junu lo miawo cai agrikes int trovet
lo nina nino voket
li miawas cai pipos grandun ofte jutent
dama cai fluos lasun ofte sekvet
lo nava lasu lo arbo ofte sekvet
kel domas lasun omo portent
lo lerara agriko lo pome int videt
bala kietu lo fluo vetu trovet
dama vetu ca leraro kietu li pomes apud jutet
lo libra lo pipo lasu kel bales kun trovet
cai ninas cai damos obsent
li autas vetun li libros kietun trovent
cai arbas kel kavalos denove ament
lo agrika altu ca libro videt
ca poma verdu lo balo lo horte rubu post portet
nina li urbos li omes felun sub obset
li navas ca navo ca kavale sub vokent
cai pomas kel omos lante vident
kel libras kel ninos felun ca miawe verdu sub vident
urba cai balos amet
ca oma damo lo dome felu sub obset
li autas vetun li kavalos lasun trovent
lo agrika li libros obset
kel domas ca rego lante ament
ca kavala altu lo miawo portet
kel hundas li hortos ca dome lasu post jutent
li urbas pomo lo hunde vetu post vokent
cai ninas verdun ca urbo grandu vident
ca nava ca pomo cai pomes kun lante trovet
ca rega lo pipo videt
nava li miawos cai reges verdun int rapide amet
li hortas felun cai miawos hunde piku post jutent
lo bala cai balos denove portet
li kavalas kel pomos altun cai lerares post trovent
lo nina verdu damo verdu lante voket
cai ninas pikun kel damos ca flue piku kun obsent
lo agrika lo urbo videt
horta lo fluo hunde sub amet
li arbas rubun cai autos kietun portent
ca oma lo fluo kietu lo dome kun trovet
kel libras cai autos trovent
lo bala ca omo li pomes int portet
lo agrika cai pomos obset
ca poma urbo altu rapide voket
ca dama cai libros jutet
li omas altun cai domos portent
kel hundas felun horto cai reges kun vident
ca auta domo videt
lo libra verdu ca agriko felu portet
cai kavalas lo agriko kietu portent
rega ca pomo voket
agrika kel navos rubun voket
lo nina junu li urbos altun lo miawe felu sub sekvet
ca rega pomo li reges kietun int voket
kel fluas ca arbo vokent
horta cai domos grandun ofte sekvet
pipa lo libro amet
kel hortas lo nino ca pipe kun sekvent
ca pipa ca auto piku trovet
cai autas hundo kietu ament
ca horta felu cai damos grandun videt
ca hunda ca pipo ca kavale lasu sub amet
cai agrikas li regos denove ament
lo doma lo auto vetu voket
cai libras lo agriko rapide obsent
ca flua kel navos li naves kun jutet
lerara junu ca leraro voket
kel miawas kel autos lo dome kietu apud sekvent
ca horta grandu kavalo felu ca pome int videt
ca libra li agrikos denove voket
hunda li agrikos cai reges apud denove trovet
ca rega pomo trovet
rega cai agrikos trovet
ca rega lo libro obset
kel damas li hortos vident
li ninas kietun cai arbos hodie jutent
kel ninas cai omos denove jutent
cai urbas kietun cai domos felun sekvent
li autas rego denove jutent
li domas vetun ca damo grandu flue piku sub jutent
lo kavala kietu cai kavalos sekvet
ca urba li damos cai nines lasun post denove trovet
kel pomas junun li pomos junun ca lerare int trovent
cai agrikas grandun li ninos kel arbes verdun int sekvent
kel miawas grandun auto jutent
lo kavala junu ca omo rapide amet
ca nina lo libro felu voket
li pipas pikun lo agriko verdu sekvent
ca rega ca pomo ca aute vetu post ofte portet
ca lerara cai leraros amet
lo agrika lo horto felu sekvet
hunda ca leraro verdu videt
ca agrika vetu ca libro verdu lo nine altu int denove jutet
lo bala kel libros lasun lo ome grandu apud voket
bala verdu li hortos lo pome int hodie videt
ca nina vetu ca domo piku denove videt
cai domas libro verdu lante obsent
miawa lo auto videt
bala li omos verdun agrike felu int amet
ca miawa kietu hundo videt
cai hundas verdun lo hundo kietu vident
lo arba ca rego piku denove trovet
urba lo pipo verdu lo ome int trovet
ca auta grandu horto agrike int amet
rega kel urbos grandun sekvet
cai balas kietun li miawos pikun ca libre apud sekvent
kel arbas verdun li agrikos kel autes vetun apud obsent
arba kel pipos ofte amet
ca oma altu lo auto vetu cai miawes junun apud portet
lo auta junu kel pomos agrike apud videt
kavala cai omos kietun ca arbe sub lante sekvet
ca arba vetu lo balo sekvet
rega lo fluo voket
lo doma li navos lasun trovet
lo rega li regos ca kavale sub sekvet
horta ca omo portet
ca horta kel autos ofte amet
ca poma felu cai regos li omes verdun post voket
poma piku cai leraros denove obset
bala ca pomo cai libres vetun post sekvet
li urbas lasun ca arbo trovent
kavala lasu domo altu voket
kel kavalas lo damo rubu ca pome kun trovent
lo horta altu cai leraros videt
li libras li damos obsent
kel leraras horto kietu li arbes kun denove trovent
ca doma verdu ca libro sekvet
cai regas altun ca domo portent
rega li regos trovet
kel ninas omo piku hodie jutent
lo agrika agriko denove portet
li navas cai urbos denove obsent
ca urba junu arbo kel autes int amet
ca libra lo agriko kel kavales rubun int obset
oma felu pomo verdu flue lasu int hodie sekvet
libra grandu libro voket
ca lerara horto ca horte post voket
ca oma rubu lo leraro cai reges int obset
lo nava lo hundo amet
ca kavala lasu cai damos sekvet
li libras vetun ca kavalo verdu vident
li regas lo rego rubu ament
bala verdu kavalo altu amet
li omas verdun cai agrikos cai agrikes kietun post ofte ament
kavala grandu nino vetu jutet
nina junu li navos pikun obset
ca bala altu cai leraros verdun amet
miawa verdu lo agriko portet
ca flua piku lo miawo amet
ca hunda altu horto rubu pipe altu sub hodie amet
ca kavala ca miawo lante videt
hunda lo nino junu sekvet
lerara felu cai miawos verdun sekvet
kel fluas vetun ca kavalo junu portent
cai kavalas li miawos rapide portent
li miawas kietun damo ament
lo hunda ca damo kietu jutet
ca lerara altu ca libro grandu videt
lo doma altu navo junu lante amet
cai navas rubun kel omos ament
kel libras omo altu lante ament
kel urbas lasun urbo piku denove jutent
arba lo fluo cai miawes junun kun sekvet
lo miawa vetu li balos videt
li regas altun li autos lasun li omes altun sub ament
li libras verdun kel ninos altun lo dome apud portent
lo poma lo domo felu denove portet
ca rega kel navos lasun hodie amet
lo nina felu li fluos grandun lo miawe post lante portet
kel domas domo piku cai lerares sub jutent
li arbas rubun urbo sekvent
li autas ca navo vokent
ca arba piku ca pomo hodie portet
kel domas pikun arbo piku trovent
kel damas kel miawos verdun vokent
cai fluas li hortos rege apud denove ament
ca poma lo arbo ca hunde kun voket
ca doma lo domo junu pome junu apud voket
pipa rubu lo agriko lo ome felu int lante jutet
ca doma ca rego ofte jutet
kel agrikas agriko verdu vokent
lo arba kel hundos hunde post denove portet
ca agrika navo jutet
lo dama lo libro voket
doma kel fluos trovet
hunda kietu lo auto ofte amet
kel ninas ca arbo li omes int obsent
cai damas vetun li fluos portent
libra damo vetu urbe kun lante videt
li domas cai pomos rubun sekvent
ca urba leraro obset
li pomas lo domo denove jutent
cai hortas lo damo denove sekvent
li urbas grandun hundo kietu ofte vokent
kel damas lasun domo ca dome int obsent
ca kavala navo videt
lo nava li leraros lasun portet
lerara kietu cai pomos lante sekvet
lerara rubu cai libros denove trovet
hunda cai hundos lasun rapide trovet
lo nina ca pomo rapide portet
pipa cai urbos vetun denove jutet
kel urbas kel domos kel autes apud jutent
ca auta piku ca damo rubu amet
li arbas junun lo agriko denove trovent
cai agrikas ca horto vokent
cai leraras vetun ca damo junu li dames kietun int hodie portent
kel hortas vetun ca pipo rapide sekvent
kel damas lo fluo lasu obsent
lo arba kel pipos lo kavale post trovet
lo bala vetu li miawos jutet
cai damas lo agriko portent
lo miawa lo rego li kavales int hodie sekvet
lo bala lo omo felu videt
ca oma felu ca pomo ofte jutet
cai urbas auto denove ament
cai leraras cai omos felun ament
cai leraras kel urbos lasun portent
lo rega kel domos vetun amet
li arbas omo rege int denove obsent
lo miawa li navos grandun obset
cai damas lo horto grandu denove trovent
kel balas kel ninos felun sekvent
kel omas pikun li pipos lo rege apud trovent
cai miawas lo agriko junu obsent
li navas ca nino cai nines kietun kun jutent
ca lerara li libros portet
li ninas grandun ca leraro vetu trovent
kel autas ca balo rapide ament
li balas lo miawo verdu vident
nina lasu ca navo videt
nina grandu li balos cai domes kun rapide amet
ca dama ca urbo obset
cai urbas lo miawo altu portent
flua rubu ca damo jutet
li kavalas verdun domo lo dome kietu sub portent
ca miawa altu lo pipo piku sekvet
li kavalas verdun li arbos junun li dames int vokent
poma kavalo hodie trovet
cai damas grandun cai urbos lante ament
kel omas lo pipo ofte vident
cai navas ca navo lasu li libres kietun int rapide vident
kel arbas ca domo lo hunde junu kun sekvent
lo poma altu li fluos obset
ca poma lasu kel balos felun portet
doma junu lo balo kietu obset
kel libras kel arbos ofte trovent
lo rega ca omo ca pome kun jutet
nava kel libros jutet
li damas lo pomo kel pomes vetun int obsent
lo dama lo pomo kel hortes apud denove amet
doma felu lo damo ca kavale int rapide sekvet
kel pipas junun lo agriko piku trovent
ca oma kel omos videt
cai urbas rego sekvent
cai urbas grandun urbo junu arbe felu apud ament
cai miawas verdun cai urbos pikun obsent
kel miawas ca miawo hodie obsent
kel pomas cai balos altun lo urbe vetu apud trovent
ca auta lo arbo kietu trovet
li regas cai regos portent
kel damas ca urbo trovent
li kavalas cai arbos obsent
ca bala lo navo rubu cai naves lasun sub ofte portet
lo nina altu ca hundo lasu kel hundes post jutet
li agrikas li leraros ament
ca lerara cai domos verdun aute sub ofte portet
lo nina piku li regos sekvet
ca libra balo voket
ca agrika kel regos amet
li domas lasun ca omo li hundes apud vident
kavala cai balos junun ofte trovet
lo miawa ca rego jutet
kel arbas lo pipo vident
urba kietu lo agriko denove obset
lo miawa balo hodie obset
ca horta rubu pipo li arbes int rapide voket
ca urba junu domo amet
nava nino ofte videt
lo poma domo portet
kel libras verdun kel kavalos ca aute kun rapide portent
ca agrika lo rego portet
nina ca arbo altu trovet
kel balas lo pipo lo flue post jutent
ca poma felu kel omos videt
li domas cai kavalos verdun cai reges verdun int vokent
horta felu cai urbos rubun voket
li omas cai damos lo rege kun rapide ament
auta junu lo miawo ofte obset
flua vetu cai agrikos ofte videt
miawa vetu libro verdu trovet
ca arba piku domo obset
ca dama cai navos rapide amet
ca miawa kel hortos verdun lo aute kun portet
li fluas ca urbo vident
cai ninas rubun rego lo dame apud portent
li kavalas ca urbo portent
bala li balos kietun dame sub lante portet
lo horta verdu li miawos portet
lo nava kietu pipo grandu amet
li urbas ca agriko kel flues kun lante sekvent
ca nava omo piku amet
cai navas lo miawo junu sekvent
li autas lo agriko vokent
lo lerara rubu horto grandu rapide sekvet
libra kel domos vetun kel hundes verdun kun obset
ca dama vetu lo balo kel kavales sub ofte videt
nava lo fluo voket
kel leraras ca balo verdu rapide obsent
li miawas kavalo vokent
kel balas verdun li urbos junun lo pipe piku apud sekvent
cai pipas lo navo vokent
kel regas rego lasu vident
lo oma li libros altun ca kavale int trovet
ca libra ca balo ca hunde lasu apud rapide voket
lo libra grandu kel navos lante jutet
kel omas cai agrikos junun vident
li autas altun kel balos sekvent
cai domas ca rego altu lo libre apud obsent
lo poma grandu ca libro hodie voket
kel pipas li fluos lo urbe post ofte obsent
kel damas kel kavalos denove portent
urba verdu auto verdu ca rege felu kun voket
kel domas lo balo sekvent
lo libra li hundos junun lo libre felu int trovet
cai pomas altun auto vokent
ca flua ca horto kietu portet
agrika nino grandu trovet
lo flua li hundos videt
kavala ca agriko piku hodie jutet
ca horta felu ca leraro kietu portet
lo nava cai arbos vetun rapide videt
cai arbas junun ca agriko kietu portent
li agrikas cai kavalos vokent
ca oma lasu ca auto kietu trovet
urba kietu ca navo flue apud portet
cai arbas vetun kel arbos felun hodie portent
kel ninas kel miawos trovent
li fluas cai hundos felun hodie obsent
li autas lo balo kietu li flues int portent
li ninas rubun horto nine sub portent
cai regas kietun auto trovent
lo oma li regos lo kavale int trovet
miawa ca arbo trovet
kel navas pikun li hundos sekvent
li pipas lo omo altu ament
ca doma rubu pomo rubu amet
lo hunda vetu urbo lasu lante videt
lo bala vetu lo fluo piku jutet
lerara junu lo libro trovet
lo poma miawo trovet
rega lo horto kel hortes vetun int ofte sekvet
ca flua lasu lo agriko lo urbe int amet
li leraras grandun li ninos grandun obsent
doma cai fluos li pomes verdun post trovet
kel omas ca rego sekvent
bala verdu lo libro felu kel hortes sub rapide videt
kel agrikas kel damos ament
lo kavala hundo obset
flua li kavalos lo nine apud voket
kavala ca arbo lo rege lasu int jutet
ca hunda cai navos videt
cai agrikas grandun ca domo hodie portent
lo poma grandu lo domo urbe post amet
oma balo voket
lo poma lo fluo voket
ca nava rubu ca urbo kietu voket
ca bala rego piku obset
lo kavala domo amet
nina junu lo pomo grandu ca horte grandu int trovet
ca kavala kietu kel ninos lo flue verdu kun trovet
lerara grandu kel kavalos jutet
ca agrika lo miawo amet
cai miawas lasun lo miawo ca miawe post trovent
libra junu pipo felu videt
cai navas kietun cai ninos lasun vident
ca flua kel leraros portet
cai omas ca fluo lasu denove vident
ca nina ca pipo videt
cai pomas altun arbo dome felu int rapide trovent
horta verdu ca pipo lo pome apud trovet
ca dama li hundos altun voket
li omas agriko ament
lo kavala kel pomos verdun denove amet
horta cai arbos junun kel urbes verdun sub portet
ca miawa lasu ca fluo ofte portet
li omas li leraros lo aute kietu post sekvent
ca rega grandu cai hundos videt
li agrikas ca auto jutent
lo miawa junu cai kavalos lante amet
kavala altu ca pipo piku sekvet
lo urba lo balo lasu li urbes sub denove sekvet
kel kavalas grandun cai arbos cai urbes int vident
ca arba verdu balo agrike vetu post voket
kel domas lo damo vetu nave apud jutent
li pomas li leraros pikun cai urbes felun int sekvent
lo bala altu libro kietu cai pomes sub jutet
ca nava domo felu obset
lo arba li hortos rubun sekvet
cai agrikas ca navo kel urbes sub jutent
rega felu domo kel naves sub sekvet
ca rega piku li libros vetun lante sekvet
cai navas verdun ca damo grandu sekvent
hunda lo horto cai libres grandun kun rapide portet
cai arbas altun lo miawo kietu portent
kel navas junun kavalo sekvent
li miawas lo fluo rubu denove obsent
lo oma agriko felu ca lerare kietu sub portet
ca hunda lo balo cai libres lasun sub jutet
ca urba ca auto denove amet
kel pipas pomo ament
lo rega domo jutet
oma junu lo agriko vetu amet
lo doma cai balos obset
ca libra rubu arbo ofte videt
pipa lo leraro lasu cai agrikes verdun int rapide jutet
cai miawas cai balos pikun trovent
libra ca agriko portet
cai autas li navos altun vident
li libras felun lo auto piku rapide trovent
ca arba navo felu voket
lo pipa rubu lo fluo felu ofte portet
nina li damos agrike junu apud obset
ca agrika cai regos jutet
ca doma cai navos lasun lo hunde felu post amet
cai hortas altun lo omo ca ome apud vokent
rega li navos rubun obset
kavala li libros vetun hodie amet
lo kavala ca rego voket
lo pipa piku agriko trovet
kel ninas lasun libro grandu trovent
li kavalas lo navo denove vident
li leraras li urbos trovent
horta lo leraro sekvet
cai autas lo auto jutent
ca horta ca fluo rubu li reges sub sekvet
pipa li arbos rapide trovet
ca rega lo miawo cai reges kietun kun denove trovet
lo bala junu kel autos ca libre int sekvet
lo lerara libro amet
lo kavala kel domos sekvet
agrika cai leraros rubun voket
li damas grandun lo urbo rapide obsent
kel autas lo urbo jutent
lo miawa ca urbo obset
ca pipa lasu ca rego ofte amet
kel domas rubun ca nino felu portent
cai urbas cai pomos ament
kel agrikas rego jutent
lo nava verdu lo libro libre rubu apud videt
li fluas kietun ca pomo lante obsent
ca pipa lasu li hortos lasun denove sekvet
li pipas miawo lo kavale piku kun portent
lo auta lasu kel domos jutet
cai ninas li pipos pikun portent
ca kavala felu kel navos junun videt
li miawas kel domos grandun lo miawe sub ament
urba cai libros lo flue kun jutet
cai hundas kietun lo libro cai naves int ofte portent
lo hunda piku agriko voket
ca horta kietu kel fluos junun ofte jutet
flua kel pomos ca libre rubu apud obset
cai ninas auto vetu ament
urba verdu cai balos voket
bala piku cai urbos ca miawe apud denove trovet
li fluas kel arbos ca rege int vident
nava auto amet
kavala junu domo videt
kel regas ca nino lante sekvent
lo auta li regos kietun rapide amet
cai fluas vetun lo urbo urbe post portent
arba ca pipo obset
lo urba li libros ofte jutet
lo urba kel pomos portet
li autas lo auto junu agrike kun obsent
ca miawa li balos amet
kel omas lo kavalo jutent
cai autas kavalo obsent
urba piku li pipos sekvet
ca lerara rubu li balos jutet
ca kavala piku cai kavalos voket
cai damas ca miawo cai bales int trovent
ca kavala ca rego videt
cai fluas hundo junu sekvent
flua ca miawo junu hodie trovet
cai arbas pikun ca urbo aute grandu kun vident
lo miawa li domos ca dome kun trovet
ca flua balo lasu kavale sub sekvet
cai damas lo rego lasu kel bales kun jutent
lo bala fluo videt
ca kavala vetu auto amet
lo poma li urbos sekvet
kel libras altun kel pipos cai arbes int portent
cai ninas li damos vetun vident
agrika damo ca aute sub sekvet
li domas li autos li autes kun rapide ament
cai urbas lo urbo vokent
pipa cai kavalos portet
ca libra li agrikos obset
ca miawa fluo kel pipes post amet
libra cai hundos kietun ome lasu kun jutet
flua domo felu rapide videt
li agrikas kel miawos li libres kun sekvent
libra piku omo lasu voket
kel hortas kel miawos denove obsent
lo auta kavalo junu pipe sub lante jutet
kel fluas ca horto verdu ofte trovent
kel balas cai miawos lante ament
li libras nino cai libres pikun sub sekvent
lo rega kel damos hodie sekvet
ca nina lo pipo verdu obset
ca doma junu li navos lante portet
ca miawa ca navo ofte portet
lo nina cai hundos voket
ca flua verdu li kavalos voket
li hundas grandun balo vetu ament
cai fluas cai arbos ofte portent
poma cai domos altun lante obset
lo urba li ninos vetun cai hundes apud denove videt
lo arba ca nino altu ca dame int portet
kel urbas rubun nino urbe kietu apud jutent
miawa verdu lo agriko lo libre felu sub portet
lo nina felu lo horto junu voket
ca rega hundo obset
nava junu kel pipos junun sekvet
cai regas lo omo rubu portent
kel balas cai pomos rubun trovent
kavala cai hortos lo arbe post rapide trovet
cai miawas arbo ament
cai fluas kel arbos portent
ca nava navo obset
horta verdu kel omos ofte jutet
ca bala lo navo amet
lo libra kietu lo omo piku trovet
kel hortas rubun kel hundos vetun obsent
ca oma urbo amet
ca libra lo omo trovet
horta cai ninos portet
auta altu kel navos kel urbes felun int hodie voket
kel damas cai ninos obsent
cai pipas grandun omo lo dome apud obsent
lo kavala li kavalos jutet
cai navas altun li arbos portent
lo lerara ca hundo verdu cai reges int lante amet
ca lerara grandu agriko kietu amet
flua fluo flue apud hodie videt
doma lo damo ofte videt
lo nava miawo grandu li flues lasun sub obset
lo miawa lo fluo lo dame altu apud jutet
li arbas ca miawo portent
cai miawas ca damo hodie sekvent
li leraras ca damo vokent
cai fluas li balos hodie obsent
ca arba pipo lante jutet
li damas li arbos jutent
bala piku li hundos hodie sekvet
lo oma altu li kavalos altun kel nines apud portet
kel arbas nino rapide jutent
kavala ca auto ca libre apud denove trovet
li domas urbo kel agrikes kun hodie obsent
ca auta lasu li hundos nave kun portet
ca oma li damos lasun ofte voket
urba kel agrikos pikun cai pomes int jutet
lo nava arbo dame kietu kun videt
ca libra auto cai urbes kun denove obset
ca rega felu cai miawos ofte amet
doma li pomos kel reges kietun apud portet
ca hunda ca kavalo cai arbes apud portet
lo doma lo agriko felu amet
lo hunda ca arbo trovet
lo urba ca urbo trovet
oma vetu ca omo rubu dome rubu kun jutet
lo auta rubu lo fluo altu voket
li omas altun lo libro sekvent
ca kavala piku ca nino verdu ofte trovet
kel kavalas li agrikos junun jutent
arba rubu lo nino kel pomes rubun apud voket
lo rega piku li domos junun voket
lo arba cai balos kel miawes apud obset
kel urbas lasun li hortos portent
kel balas lasun kel fluos obsent
kel omas junun fluo ca aute apud ament
ca urba lo omo lo horte int hodie portet
ca horta ca rego aute rubu int amet
cai balas arbo verdu denove ament
li regas cai pipos vident
ca dama cai hundos vetun voket
lo oma rubu cai agrikos videt
lo poma grandu urbo voket
kel hundas kel miawos grandun sekvent
ca dama li regos vetun ofte videt
cai regas cai damos kel agrikes kietun apud ament
ca flua auto verdu kel kavales lasun int amet
horta verdu li libros kietun amet
li omas lo agriko ca flue post portent
cai ninas kel agrikos kietun hodie jutent
ca hunda cai agrikos portet
cai agrikas altun lo horto kel lerares lasun apud rapide ament
cai fluas ca pomo portent
cai damas li fluos vident
agrika rubu lo arbo agrike post sekvet
kel pomas altun lo rego verdu obsent
ca urba verdu lo arbo ca ome rubu post sekvet
auta ca navo agrike kun amet
lo arba ca urbo videt
cai regas urbo ament
oma lo arbo ca dome int rapide obset
kel miawas li kavalos verdun ofte portent
kel regas vetun cai navos lante ament
ca kavala grandu domo portet
ca rega altu lo horto junu videt
lo agrika felu balo kietu cai autes felun sub portet
poma kel hundos kel omes pikun post ofte videt
horta altu kavalo lante jutet
miawa junu kel navos ca ome int sekvet
dama pomo jutet
kavala ca omo amet
ca nina horto grandu denove portet
cai navas leraro altu portent
ca bala verdu lo arbo kietu rapide voket
kavala vetu balo denove amet
lo oma cai hundos obset
cai arbas altun lo urbo lo pipe post ament
kel arbas rubun navo grandu kel pipes int trovent
cai regas ca rego kel miawes kun vokent
lo nina kietu li libros rapide obset
kel domas leraro lante vokent
li leraras lo omo verdu cai dames verdun apud vokent
li hundas lo damo felu portent
lo bala felu kel ninos felun voket
cai navas rego vokent
auta navo miawe int voket
lo dama lo pipo lante trovet
miawa lo pomo altu rapide portet
kel navas lo kavalo denove trovent
libra junu lo damo junu lo rege verdu sub sekvet
ca rega lo omo jutet
ca kavala ca fluo voket
cai pomas rubun li regos cai pipes rubun kun sekvent
li regas grandun kavalo junu li agrikes int obsent
miawa grandu cai hundos sekvet
lo horta fluo verdu pome int amet
lo doma hundo ca nave kietu int jutet
horta lo libro lo dame verdu int lante videt
li omas balo verdu vident
lo hunda kietu ca auto obset
ca lerara kel pomos pikun sekvet
nina verdu ca navo sekvet
kel damas lo hundo vetu kel autes kun jutent
ca horta piku ca hundo kel dames apud trovet
lo dama junu kavalo jutet
ca arba felu li pipos kietun obset
li regas lo navo ca lerare apud obsent
poma li pipos felun hodie obset
ca urba lo hundo rubu jutet
kel leraras vetun li autos agrike junu sub portent
lo urba li leraros lo horte felu post portet
ca libra verdu lo horto voket
hunda li urbos rubun cai flues lasun int sekvet
lo flua piku arbo ca dame int portet
ca dama kel balos trovet
li ninas lo nino felu ament
pipa kietu ca arbo kietu kel kavales int denove portet
nina ca auto lo flue sub sekvet
ca hunda navo verdu hodie obset
lo bala miawo verdu obset
kel agrikas cai kavalos portent
ca bala cai libros trovet
li fluas lasun ca pomo vetu ca pome int ament
horta junu lo omo jutet
kel kavalas ca rego dame int trovent
li urbas altun lo pipo vokent
kel domas cai urbos pikun hodie sekvent
cai pomas pikun kel balos pikun li lerares sub jutent
doma ca omo denove videt
cai hortas lo arbo lo dame piku sub sekvent
ca lerara grandu lo balo voket
ca lerara ca navo lasu trovet
lo doma cai ninos kietun portet
ca auta kel arbos amet
kel arbas lo horto ament
lo arba felu auto li nines int sekvet
lo rega leraro ofte sekvet
lo dama vetu li miawos hodie videt
kel ninas vetun leraro sekvent
cai miawas cai pipos kel miawes kun portent
lo oma kavalo amet
rega cai urbos vetun portet
cai miawas omo trovent
li autas damo li kavales lasun apud trovent
ca bala ca hundo altu amet
lo agrika rubu lo kavalo vetu denove amet
cai domas lo rego verdu li naves post ament
cai hundas grandun li leraros rapide portent
li leraras li fluos junun trovent
lo auta cai balos rubun cai nines int trovet
ca agrika altu ca balo vetu ca pome kun denove amet
cai pomas verdun auto portent
kel hortas altun ca fluo lo bale apud lante vident
kel regas verdun ca fluo hodie jutent
ca pipa li fluos lo aute kun obset
li domas ca fluo sekvent
ca arba rubu auto dome junu kun obset
ca hunda navo amet
kel pipas kel kavalos nine kun hodie vident
lo lerara junu lo libro piku sekvet
cai autas verdun lo fluo denove portent
ca nina lo miawo verdu denove obset
cai domas ca pomo verdu vident
dama felu hundo altu ca flue verdu post portet
cai pipas rubun cai fluos kel flues int denove portent
ca arba kel kavalos verdun amet
cai pipas junun damo jutent
libra vetu lo rego hodie obset
lo auta ca kavalo verdu ofte voket
arba kel balos rubun lante videt
li miawas li kavalos lante vident
li pomas lo auto trovent
flua ca agriko cai arbes int amet
li miawas kel libros jutent
li ninas li regos junun sekvent
li urbas lasun urbo trovent
libra altu ca miawo sekvet
lo pipa junu miawo dame piku int voket
ca poma cai omos amet
ca nava junu li pipos lante videt
li kavalas cai autos junun trovent
urba lasu cai miawos obset
li domas cai ninos ofte vokent
kel fluas vetun cai pomos grandun lo miawe grandu kun lante vokent
lo nina balo videt
rega rubu horto cai kavales int denove obset
kel urbas lo libro cai naves altun int jutent
flua li ninos kietun bale piku apud amet
lo bala verdu cai navos trovet
lo urba altu cai pipos vetun videt
oma lo hundo verdu voket
ca kavala verdu horto lo flue piku sub obset
li domas felun arbo sekvent
cai ninas grandun lo hundo cai libres post ament
kel ninas kel hortos ofte vident
li domas ca pipo cai hundes post vokent
nava cai ninos voket
cai domas grandun ca nino obsent
arba leraro ofte obset
li kavalas cai damos sekvent
lo lerara felu urbo felu hodie voket
li libras kietun li pomos verdun ca horte piku kun hodie jutent
cai leraras kietun cai agrikos li agrikes verdun post jutent
kel kavalas vetun cai hortos jutent
li urbas altun lo leraro vokent
kel ninas lo arbo li reges int sekvent
bala lo navo li agrikes felun sub hodie videt
cai libras felun ca domo ca arbe piku sub jutent
lerara kel libros hodie amet
ca auta vetu kel pomos rubun voket
li urbas grandun cai balos vokent
cai regas kel fluos kel autes vetun int ofte ament
kel arbas damo kietu ca kavale post vokent
lo hunda ca auto kietu portet
cai fluas cai hortos li pipes felun sub denove sekvent
ca rega lo nino lo dome kietu int videt
bala lo horto rubu amet
ca urba fluo videt
kel autas junun lo arbo portent
auta fluo piku sekvet
horta felu auto junu jutet
ca auta vetu ca rego videt
arba piku hundo grandu ca flue int portet
li miawas damo rubu trovent
ca nina navo cai pomes felun kun portet
rega cai navos altun voket
pipa ca damo obset
ca nava kietu ca arbo sekvet
nina altu ca damo junu ca lerare post portet
li navas junun ca auto vokent
lo urba lasu damo amet
kel leraras altun cai hundos li agrikes kun rapide trovent
kel agrikas felun ca hundo nave piku kun ament
ca urba kel balos kietun trovet
hunda altu lo pipo rubu sekvet
flua lo horto altu hodie jutet
cai kavalas rubun fluo felu rapide sekvent
ca bala cai pipos jutet
cai pomas rubun ca rego sekvent
lo poma vetu lo urbo sekvet
oma felu lo leraro lante voket
li agrikas verdun li omos cai pipes sub trovent
doma lo domo li domes apud jutet
lo lerara pipo li nines int videt
lo pipa piku ca domo rubu kel arbes grandun int jutet
li pipas lo urbo portent
lo flua arbo altu cai domes post rapide portet
li agrikas kel fluos trovent
cai damas ca pomo grandu rapide sekvent
ca lerara verdu li leraros amet
nava lasu kel fluos denove sekvet
lo oma lo miawo jutet
bala agriko ofte voket
ca nava ca arbo trovet
cai autas nino hodie jutent
ca hunda lasu kel damos obset
li fluas lasun ca leraro lo libre piku sub ament
lo urba lo auto amet
ca oma junu cai regos trovet
flua vetu damo ca urbe junu apud denove obset
ca hunda lo urbo felu lo nave sub videt
li domas li damos vident
kel balas felun damo verdu portent
lo hunda grandu lo hundo obset
ca hunda kietu pipo kel dames lasun int hodie sekvet
ca libra kietu lo damo altu ca libre post videt
kel ninas ca fluo trovent
miawa ca kavalo felu dome post voket
kel ninas pikun kel regos vident
li pomas pikun cai urbos rubun cai miawes kietun int jutent
ca rega ca pomo rubu jutet
ca rega horto lasu voket
kel regas cai libros junun ament
lo poma lasu leraro grandu voket
lo flua ca auto amet
lo poma rubu kel fluos rubun ca rege altu post ofte amet
kel fluas felun li leraros denove vokent
ca dama ca omo vetu hodie portet
cai arbas lo auto junu jutent
ca poma rubu ca damo rubu amet
ca oma ca auto piku trovet
kel leraras kel leraros trovent
ca bala kel leraros junun hodie videt
kel kavalas felun ca horto kietu jutent
li kavalas kel miawos vident
cai arbas ca libro sekvent
cai autas kel leraros lasun kavale apud jutent
ca flua cai miawos dome int trovet
kel hundas verdun lo balo hodie trovent
li omas ca fluo rubu libre rubu post vokent
cai fluas cai hundos grandun vident
kel domas cai libros verdun vident
miawa kel libros grandun trovet
urba kel ninos amet
kel navas ca urbo felu vokent
lo doma grandu lo pomo denove amet
kel libras kietun ca omo kietu obsent
lo hunda kietu cai arbos portet
lo dama altu lo miawo lasu cai flues int ofte voket
lo oma cai agrikos verdun videt
auta altu kel omos kel omes kietun sub obset
lo arba li pomos jutet
cai autas kel domos grandun lante vokent
ca rega li leraros trovet
li libras kel kavalos ament
cai balas lo pipo portent
lo bala lasu ca nino verdu denove jutet
arba ca miawo cai urbes apud sekvet
kel urbas junun lo rego lo arbe sub ofte jutent
lo kavala libro vetu rapide obset
bala felu cai autos verdun voket
kel damas lasun lo domo lo hunde kun ament
ca miawa lo agriko junu rapide portet
lo doma lo domo lante voket
li domas li hundos trovent
nina kel regos grandun jutet
lo kavala kietu cai hortos altun lo hunde lasu post trovet
cai miawas li domos ament
kel kavalas verdun kel miawos felun trovent
kel damas leraro altu kel omes post jutent
ca arba rubu cai damos junun ca pome kietu sub obset
ca horta kel hortos kietun videt
li urbas lo leraro verdu obsent
ca libra cai ninos sekvet
ca arba vetu lo navo trovet
lo libra kel urbos trovet
li damas cai fluos vetun trovent
libra lo urbo videt
cai ninas verdun arbo lo kavale post sekvent
lo arba felu cai navos li bales apud hodie jutet
li hundas altun ca miawo lo nine int denove vokent
cai omas agriko lasu lo pipe altu sub denove jutent
ca lerara ca kavalo li naves apud amet
doma grandu auto felu amet
cai navas felun lo urbo verdu lante vident
ca poma lo kavalo voket
lo bala altu li hortos rubun pipe kun sekvet
kel pipas rubun rego jutent
li pipas altun li libros sekvent
lo hunda rubu li leraros lo horte post ofte voket
auta altu ca miawo videt
poma junu kel regos amet
lerara ca pomo trovet
lo agrika ca miawo kietu obset
cai damas li balos ament
cai hundas lo horto obsent
kavala li agrikos kel autes pikun post lante obset
miawa cai leraros amet
lerara kel navos junun li bales apud portet
lo bala cai libros ca kavale junu kun lante videt
li libras felun libro ament
lo bala altu lo pomo junu amet
kel ninas lo rego ca pome lasu sub portent
lo agrika verdu cai fluos rapide amet
ca lerara leraro li naves int amet
lo oma junu ca auto li hundes apud videt
flua rego rubu cai hundes kun rapide voket
lo nava cai regos altun denove portet
cai domas junun pipo ament
kel omas kietun kel hortos kietun sekvent
kavala li agrikos portet
lo miawa cai agrikos obset
lo bala lasu ca auto kel bales felun kun videt
kel ninas altun rego kietu obsent
dama lo pipo hunde kun voket
kel omas lo libro trovent
kel agrikas altun li domos urbe altu apud vident
lo miawa vetu rego voket
li hortas ca rego lo libre sub obsent
auta li balos lo pipe kun trovet
li agrikas lo miawo junu portent
oma vetu kel kavalos obset
doma ca balo verdu kel nines sub portet
bala lo auto amet
cai kavalas cai navos kietun portent
ca horta felu pipo rubu denove videt
libra lo domo lante voket
lo dama altu agriko felu trovet
nava verdu lo fluo altu amet
doma cai navos sekvet
lo flua piku damo altu rapide obset
ca agrika kel leraros altun kel domes junun sub lante portet
ca arba pomo portet
ca hunda nino voket
lo arba junu kel arbos sekvet
cai urbas kel regos trovent
lo miawa horto rapide obset
li balas li fluos trovent
cai damas grandun miawo felu li flues lasun kun sekvent
ca libra domo junu voket
cai miawas kietun kel hundos kietun portent
ca lerara lo auto sekvet
li navas fluo felu denove ament
doma kel ninos denove obset
li fluas cai pomos pikun li nines sub ofte jutent
cai omas kel urbos ca pipe junu post jutent
kel hortas lasun kel pipos felun denove obsent
nina felu kel fluos verdun ca kavale grandu sub obset
kel miawas ca kavalo ca ome post vokent
rega lo leraro ca agrike apud videt
miawa vetu lo pipo grandu portet
arba ca hundo voket
kel libras vetun lo horto sekvent
lo horta cai regos verdun jutet
li domas ca navo cai flues pikun kun obsent
hunda li kavalos rubun lerare felu sub hodie videt
rega lo kavalo rapide obset
ca horta junu cai autos kel naves apud jutet
kel kavalas cai kavalos lasun ament
li omas kietun urbo rubu trovent
lo dama grandu ca miawo lo urbe int ofte trovet
ca dama verdu balo vetu kel autes altun sub amet
agrika piku cai pipos sekvet
li urbas junun li fluos junun ament
ca hunda miawo denove jutet
li damas junun fluo vokent
lo miawa piku kel regos sekvet
lo poma damo verdu li domes altun post portet
miawa kel kavalos voket
ca hunda ca agriko verdu lante voket
nina cai hortos sekvet
cai navas kietun kel omos jutent
li pipas ca nino junu li kavales sub ament
flua rubu ca pipo junu ca agrike verdu apud denove portet
kavala kel damos verdun videt
ca lerara grandu cai agrikos vetun videt
agrika ca horto altu amet
cai ninas lo miawo altu vokent
cai agrikas cai hortos trovent
doma lo balo jutet
lerara ca domo grandu hodie jutet
kavala hundo lante obset
poma ca pomo voket
ca oma lo miawo videt
lo lerara lo arbo kel nines altun kun voket
auta piku kavalo felu rapide trovet
lo libra ca agriko obset
agrika felu li arbos vetun jutet
ca nava grandu navo ofte jutet
kel domas kavalo grandu kel arbes sub jutent
li pomas ca nino lasu portent
arba navo rubu lante amet
nava vetu li ninos videt
kel miawas rego lante ament
auta altu kel omos lasun lo arbe felu post sekvet
cai kavalas cai libros ament
kel urbas altun pipo felu ca bale int jutent
ca lerara junu hundo obset
ca nava balo portet
ca libra ca navo kel nines post denove sekvet
libra li kavalos grandun hunde apud amet
kel domas domo nine kietu int ament
bala altu kel hundos amet
ca nina li hundos voket
lo agrika rubu lo urbo felu dome apud amet
cai domas cai pipos pikun trovent
li agrikas lo arbo felu vident
ca libra cai kavalos lasun ca hunde kun ofte voket
kel urbas grandun kel miawos portent
cai urbas li autos verdun ament
agrika ca domo altu videt
li libras cai agrikos denove obsent
kel hundas cai miawos portent
cai fluas junun cai kavalos pikun sekvent
li urbas cai arbos portent
ca flua piku pipo cai hundes rubun int amet
lo rega vetu li navos felun jutet
lo bala junu ca fluo videt
lo auta lasu ca domo nine int voket
li navas li fluos altun vident
lo arba kel fluos cai dames altun apud voket
cai balas cai regos verdun obsent
cai libras rubun li omos portent
kel leraras cai arbos denove trovent
kel balas grandun kel urbos sekvent
cai hortas vetun li hundos jutent
ca bala grandu miawo li naves int videt
kel omas lo navo aute kun ament
poma altu kel regos ofte amet
li agrikas felun omo verdu jutent
libra rubu ca pomo lo agrike post jutet
ca oma vetu ca balo kel dames junun post denove jutet
hunda arbo grandu ca urbe piku sub jutet
libra li arbos pikun flue int jutet
ca bala piku ca omo li hundes verdun sub hodie portet
cai leraras ca nino lo flue sub obsent
li pipas li pipos lo flue post ament
horta kel damos lo dame felu int jutet
oma cai leraros hodie voket
kel hundas omo vident
lo poma lo auto lo kavale sub sekvet
lo urba lo arbo felu hodie portet
kel fluas altun li balos cai autes altun post obsent
bala grandu cai hundos lasun ofte portet
rega cai omos felun videt
cai navas kel fluos kietun jutent
cai damas felun ca nino cai libres apud ament
lo agrika altu balo rubu sekvet
lo miawa kel hortos portet
cai balas omo portent
cai kavalas felun lo rego ca aute int obsent
ca hunda kel regos cai pomes kietun int portet
lo agrika vetu li hortos lo libre apud ofte obset
li libras ca horto obsent
libra ca miawo voket
nina grandu kel miawos verdun cai hortes altun post amet
ca dama vetu cai ninos pikun hodie voket
lo dama felu fluo rubu kavale altu post portet
cai domas li fluos kel bales kietun apud denove sekvent
hunda pipo piku obset
ca libra felu ca pipo videt
cai regas altun ca kavalo trovent
ca auta felu cai pomos lasun li domes junun post hodie jutet
lo rega ca balo verdu portet
rega kel urbos amet
ca poma pipo ca dome apud amet
li kavalas lo arbo grandu ament
ca doma verdu lo leraro lerare apud portet
rega li agrikos rapide obset
ca agrika rubu cai pomos ca miawe lasu apud ofte portet
nava felu kel hundos kietun obset
lo oma altu lo pipo lante jutet
agrika kel damos lo miawe rubu post amet
bala ca kavalo voket
kel libras grandun cai hundos vident
lo doma verdu lo damo sekvet
lo poma piku lo nino voket
lo agrika ca leraro trovet
cai damas lasun kel kavalos vetun cai dames int obsent
ca lerara cai domos kietun voket
ca auta li agrikos ofte amet
li miawas li domos altun ofte jutent
arba kietu ca hundo vetu obset
lo agrika kel miawos videt
li autas cai ninos sekvent
cai fluas ca horto denove trovent
lo flua grandu cai libros verdun lo dame kun sekvet
lo nava kel omos sekvet
bala nino hodie portet
li leraras felun cai hundos lasun obsent
flua piku cai pomos grandun denove videt
lo rega verdu kel balos dame lasu post voket
ca auta ca auto felu portet
li agrikas ca pipo vident
ca urba rubu lo balo amet
cai leraras li hundos li lerares sub lante ament
lo kavala lo horto altu rege int obset
cai libras cai leraros denove portent
li agrikas rubun lo navo lante sekvent
kel hundas li kavalos lante sekvent
lo pipa rubu li omos altun voket
kel ninas grandun li navos ca pome grandu kun obsent
kel agrikas lo urbo ca aute apud hodie jutent
li damas kel agrikos kietun lo agrike lasu sub vokent
poma junu ca rego rubu pipe apud voket
rega ca auto rubu ofte trovet
lo doma li hortos kietun videt
arba verdu lo rego nine rubu sub videt
cai regas lo pomo vident
li urbas kietun li libros grandun lante sekvent
cai pipas grandun li hortos altun portent
cai leraras verdun balo kel bales kun ament
urba kietu lo balo junu trovet
cai pipas grandun rego li reges kun vident
auta altu ca damo lerare apud lante obset
lo horta kel leraros jutet
lo arba fluo grandu lo rege kun sekvet
ca libra kietu arbo verdu lante voket
lerara lasu ca hundo voket
ca nina junu li regos amet
nava omo cai bales sub trovet
ca nina vetu lo fluo li hundes apud portet
lo libra lo fluo junu obset
kel hortas lo horto vokent
auta ca navo sekvet
cai urbas agriko miawe altu int trovent
rega kietu li miawos portet
cai navas ca hundo jutent
miawa lo arbo videt
bala ca nino amet
li ninas libro ament
lo miawa lo auto kel autes vetun apud sekvet
hunda lasu kel regos trovet
li arbas lo urbo vident
ca oma ca damo junu kel libres apud rapide videt
kel hundas grandun ca urbo rapide jutent
agrika kel agrikos ofte voket
lo agrika junu arbo ca nave kun jutet
pipa lo agriko lo flue verdu kun voket
ca agrika lo arbo jutet
cai kavalas li hundos rapide jutent
ca rega cai omos grandun hodie jutet
ca arba verdu cai agrikos amet
cai damas kavalo lasu kel pipes kun trovent
ca libra kietu lo horto denove videt
kavala lo leraro agrike apud trovet
cai pipas junun ca navo altu ca pipe kun ofte vokent
bala li arbos ofte sekvet
lo horta ca rego rapide portet
lo lerara lasu cai hortos rubun amet
ca nina li pomos lo rege piku post hodie sekvet
li pomas nino vident
kel pomas ca kavalo vokent
ca agrika cai hortos rubun portet
poma altu lo leraro agrike sub sekvet
li hortas pikun lo pipo portent
ca bala li pomos voket
cai hortas rubun lo damo vokent
urba ca balo hodie obset
ca auta arbo ofte trovet
kavala cai miawos lasun cai domes post jutet
lo agrika miawo amet
rega junu ca miawo jutet
rega kel kavalos junun portet
kel arbas grandun lo balo lasu kel pipes lasun apud vident
ca doma ca domo altu voket
kavala rubu lo auto hodie amet
li kavalas grandun ca hundo altu jutent
li leraras pikun lo kavalo jutent
cai pomas cai damos kietun bale kun vident
kel hundas ca libro cai pipes rubun kun rapide sekvent
kel pipas lo fluo ca hunde int vokent
nava leraro piku portet
li autas ca kavalo hodie obsent
lo auta pipo denove voket
ca urba lasu ca fluo lasu videt
li ninas lasun lo kavalo lo nave kun vokent
kel ninas domo vident
lo kavala vetu ca hundo li reges kun jutet
auta piku li leraros trovet
kel ninas kietun li pomos grandun li urbes kun hodie trovent
kel autas rubun lo omo felu vokent
cai damas kietun lo agriko portent
kel autas kel autos ca nave int hodie vokent
kavala li damos kietun arbe sub sekvet
ca lerara vetu ca omo hodie sekvet
pipa kel urbos lerare sub sekvet
lo agrika rubu lo damo altu videt
kel arbas lo balo felu trovent
cai damas junun lo urbo hodie vokent
bala ca arbo felu libre int trovet
ca arba cai leraros amet
kel kavalas rubun ca omo cai naves kun lante vident
ca flua cai arbos hunde kun sekvet
kel kavalas ca arbo jutent
poma piku nino grandu flue vetu apud voket
cai navas agriko rubu ofte obsent
ca agrika li pipos ca arbe sub ofte trovet
bala cai agrikos voket
ca nava grandu cai domos hunde altu int videt
hunda kel domos hodie portet
kavala junu cai hundos kietun ca miawe felu sub portet
kel libras junun cai ninos junun cai urbes apud vident
poma pomo trovet
li autas verdun lo domo junu vident
kel miawas altun lo nino altu lo horte int ament
li libras lasun lo hundo junu vident
cai autas pikun kel urbos lasun lo miawe vetu sub hodie vident
flua li hundos lo bale junu sub portet
miawa lasu auto amet
ca horta ca pipo ofte sekvet
dama lo auto sekvet
rega felu ca auto vetu lo libre kietu kun amet
li navas ca pipo piku libre int obsent
lo rega vetu ca damo lante obset
kel kavalas verdun hundo vokent
lo dama altu li miawos urbe altu apud ofte voket
ca flua felu damo li pipes junun int hodie voket
lo libra ca arbo lo ome post denove videt
cai miawas urbo altu portent
lo miawa piku kel leraros amet
urba altu li libros sekvet
arba libro portet
cai omas li omos sekvent
ca horta lasu cai leraros obset
kel agrikas pipo denove sekvent
agrika lo arbo li reges apud videt
ca pipa cai kavalos pikun lo hunde piku post sekvet
libra lo domo junu li lerares apud voket
bala ca leraro videt
lo pipa altu lo navo ofte obset
lo dama lo fluo ofte sekvet
dama rubu ca agriko agrike felu kun obset
horta ca arbo amet
ca libra grandu agriko junu ome kietu apud amet
cai pipas felun li hortos junun vident
lo agrika kel miawos lo bale piku int videt
kel hundas pikun ca horto kietu sekvent
rega ca libro altu portet
lo oma vetu ca omo trovet
cai balas lo damo vident
ca lerara altu ca libro lo aute kun hodie portet
lo lerara miawo piku lo nave apud portet
li libras damo ca lerare apud jutent
li agrikas lo auto nine piku sub sekvent
cai autas lo fluo lasu jutent
ca auta leraro rubu ca agrike sub voket
li agrikas cai miawos ofte vokent
cai pomas junun lo leraro vetu cai urbes apud ofte sekvent
lo poma kel pomos rubun lo rege altu apud rapide obset
lo libra altu urbo lasu rapide sekvet
ca poma grandu lo pipo sekvet
li hortas kel navos li agrikes int trovent
li navas ca miawo dame felu apud rapide vident
arba lo damo sekvet
lo bala kel hundos amet
cai omas kel ninos lante vokent
auta ca kavalo li arbes post jutet
agrika li libros ca aute kun trovet
auta altu kel domos felun rapide sekvet
kel balas lo balo kietu sekvent
ca libra grandu cai hortos rubun videt
cai ninas junun kel pomos lasun hodie portent
lo kavala cai balos verdun li autes vetun sub voket
cai hortas vetun kel arbos junun cai libres apud obsent
doma rubu cai autos videt
urba arbo vetu lo arbe post hodie sekvet
cai agrikas kel regos lo bale verdu sub jutent
lo oma altu li fluos sekvet
kel navas junun li hundos hodie sekvent
ca nina lo hundo verdu urbe int trovet
kel hundas pikun lo domo trovent
li urbas pikun cai libros ofte obsent
li libras ca horto ca urbe vetu post portent
auta grandu cai hortos vetun rapide obset
kel domas pikun domo kietu kel miawes post portent
lo kavala piku kel urbos li reges apud sekvet
lo nava ca libro grandu obset
cai domas kel miawos kietun ofte jutent
libra vetu li autos cai hortes kun amet
auta ca libro vetu trovet
cai omas lasun li damos lante portent
lo horta grandu li balos videt
kel autas cai regos trovent
ca lerara urbo lante sekvet
li regas damo grandu sekvent
kel balas kel autos vetun ca pipe altu int vokent
kel omas ca leraro kel agrikes post obsent
kel domas balo altu kel dames grandun sub ament
kel pipas cai pomos junun vokent
doma cai hortos videt
li miawas pikun ca damo rapide ament
lo urba rubu nino hodie portet
horta kavalo hunde sub amet
cai damas cai pomos portent
cai navas verdun lo agriko li lerares rubun sub jutent
lo rega kavalo lasu ca kavale int rapide voket
ca nina damo kel dames sub denove obset
lo poma rubu kel navos obset
kel fluas lo arbo rapide sekvent
lo agrika grandu kel arbos kel lerares felun kun amet
lo oma grandu cai pipos amet
li domas rubun kel omos vetun kel omes rubun apud trovent
lo nina rubu li arbos ofte trovet
pipa li arbos sekvet
arba kel urbos felun lerare int lante jutet
cai regas lo rego ament
lo oma li urbos cai miawes kun rapide amet
cai hundas felun li fluos altun hodie sekvent
lo pipa ca agriko junu trovet
cai hundas grandun miawo cai flues kun portent
ca nava cai arbos altun ofte amet
ca kavala lo damo portet
ca rega hundo lo agrike piku kun videt
lo urba piku ca fluo felu lante voket
libra felu arbo jutet
kel damas arbo cai domes pikun kun hodie vokent
lo poma felu li autos portet
lo arba grandu fluo trovet
li leraras lo omo portent
lo poma cai pomos li pipes int sekvet
li hortas kietun ca navo verdu ca urbe int lante ament
libra junu ca navo videt
kel pipas lasun cai autos kel dames lasun int sekvent
kavala ca damo portet
cai autas ca rego denove vokent
ca rega fluo portet
kel autas cai hortos vetun vokent
kel urbas kietun domo portent
ca libra cai arbos amet
lo hunda nino piku lante voket
lo kavala grandu lo balo verdu lante portet
oma junu cai agrikos jutet
kavala piku nino lo ome post rapide sekvet
cai omas lo libro felu obsent
kel domas ca arbo sekvent
flua kel urbos junun ca pome sub sekvet
agrika verdu lo balo cai kavales kun voket
lo agrika kietu kel fluos kietun cai miawes grandun sub rapide trovet
lo auta grandu cai navos rubun ca hunde apud lante sekvet
cai pomas cai ninos vokent
auta lo nino junu kavale int rapide portet
li domas li pipos li hundes junun sub vident
li kavalas vetun lo horto vokent
lo dama li arbos felun kel urbes sub ofte videt
lo kavala rubu lo agriko lante sekvet
ca doma li pomos pikun ofte videt
cai regas lo miawo vetu trovent
li arbas kietun lo kavalo obsent
ca horta rubu kel pipos lo aute sub amet
pipa lo rego piku lo flue apud trovet
lo dama vetu lo pipo kietu lo nine kun portet
lo arba altu cai balos voket
lo flua rubu ca rego trovet
cai domas felun lo domo vetu sekvent
li fluas li hundos pikun denove portent
kel ninas omo jutent
ca doma arbo nave int hodie voket
li agrikas agriko felu obsent
cai fluas verdun pomo lasu denove portent
dama ca leraro flue sub ofte videt
cai balas pikun navo ofte jutent
cai hundas pikun domo grandu li dames kun portent
kel fluas ca auto felu ca horte kietu post ofte obsent
ca miawa ca omo hodie portet
kel urbas kel pipos sekvent
lo arba kel regos li flues apud jutet
lo libra felu lo navo cai omes grandun apud portet
libra verdu ca libro sekvet
cai ninas rubun pipo altu kel miawes vetun kun portent
oma piku li leraros vetun videt
lo pipa verdu hundo lasu flue int denove voket
ca oma lo urbo altu cai reges sub amet
li balas li regos grandun vokent
kel pipas vetun ca rego kel flues apud hodie sekvent
ca bala ca libro videt
li navas ca nino kietu lante vident
cai hortas lo hundo lo libre lasu post ament
ca hunda lo hundo videt
ca urba ca pomo kietu jutet
ca oma lo domo lante obset
ca hunda piku cai miawos hodie portet
li ninas ca pomo portent
li hundas kavalo denove vokent
kel pomas ca libro cai kavales int vokent
cai regas nino altu trovent
nina lo agriko hunde int lante voket
ca oma junu ca fluo lante obset
kel agrikas leraro felu vident
cai agrikas ca libro piku vident
lo pipa rubu kavalo hodie trovet
li domas cai hundos vokent
ca horta ca pomo kietu lante amet
doma rubu li balos amet
lerara lo balo lante portet
li agrikas altun kel leraros kietun pome vetu sub hodie sekvent
oma miawo ofte trovet
lo pipa piku cai hundos felun nave apud obset
li omas li autos junun portent
lo hunda junu lo arbo junu lante sekvet
lo horta fluo lo ome kun sekvet
li damas kel damos rubun lo hunde apud sekvent
cai hortas altun kel balos junun jutent
lo rega piku ca hundo trovet
li autas kel urbos li naves junun apud ament
li navas cai regos junun trovent
cai regas vetun li arbos pikun cai libres felun int portent
ca pipa lo omo denove portet
li libras altun lo agriko hodie sekvent
poma ca auto obset
lo oma rubu cai omos ofte obset
lo oma li domos portet
lerara rubu urbo grandu jutet
ca doma kel ninos trovet
ca nina lo leraro rapide voket
lo bala felu lo balo li miawes felun apud portet
kel leraras junun cai balos ofte sekvent
nava ca libro junu voket
lo horta kel regos vetun voket
ca miawa ca pipo portet
li ninas auto piku lerare int ament
ca bala lo nino kietu ofte sekvet
li leraras kel omos obsent
nava cai libros obset
cai damas junun cai hortos grandun jutent
cai leraras kietun cai hortos altun kel autes apud obsent
ca miawa rubu domo rapide amet
kel leraras pikun cai leraros li dames kun denove trovent
ca libra lasu cai arbos videt
lo poma li pipos jutet
kel regas ca auto ca libre rubu apud jutent
lo oma li hundos rubun lante voket
doma piku ca leraro sekvet
li omas pikun kel leraros rubun cai hundes kun trovent
li balas ca domo kel urbes kietun sub portent
ca bala grandu kel arbos pikun denove sekvet
ca agrika lo arbo denove portet
lo arba cai damos lasun lo horte post rapide sekvet
cai balas lo omo portent
ca pipa auto jutet
lo horta rubu lo pomo felu pipe sub jutet
hunda rubu ca pomo videt
libra li ninos grandun amet
lo libra li agrikos lante amet
rega cai hundos portet
ca rega lasu lo domo cai hortes junun sub denove jutet
li omas vetun damo obsent
rega junu kel domos amet
ca auta junu lo pomo rubu lante portet
lo pipa omo kel naves int sekvet
ca nina lo horto kel hortes sub denove sekvet
kel domas kel miawos lasun hodie ament
lo rega felu ca fluo obset
nava ca fluo felu voket
kel libras kel omos lante obsent
li damas lo pipo felu hodie sekvent
nava vetu li urbos verdun lo horte grandu apud amet
ca arba kel damos voket
lo auta lasu cai damos sekvet
cai domas grandun cai leraros cai pomes post vident
lo flua ca navo denove jutet
ca bala lo leraro lo flue vetu apud ofte portet
lo horta kavalo kietu cai pipes apud jutet
lo horta cai hundos portet
ca hunda cai leraros ca flue apud ofte amet
kel urbas ca urbo obsent
kel arbas lasun kel pomos cai autes kietun int jutent
cai hundas ca omo grandu rapide obsent
urba kietu ca urbo ofte obset
agrika ca agriko ca nine post hodie sekvet
li omas kel balos vetun lo arbe kun ofte vokent
lo doma ca auto denove trovet
lo nava vetu kel domos rubun jutet
lo nava lo kavalo portet
kel balas lo miawo hodie vokent
cai hortas kel damos ca nave kun sekvent
cai hortas kel hundos grandun jutent
cai miawas kavalo cai pipes kun ament
lo bala lo miawo kietu kavale apud voket
li regas kel leraros trovent
lerara ca pomo rubu obset
cai urbas kel hundos libre grandu post vokent
lo bala cai omos ofte voket
urba vetu auto kel urbes lasun sub portet
lo arba lo hundo altu videt
lo lerara cai ninos vetun rapide videt
lo pipa rego videt
li arbas verdun horto kietu kel dames sub jutent
ca pipa altu cai pomos junun cai hortes sub ofte jutet
lo horta lo domo felu sekvet
kel agrikas lo nino hodie sekvent
kel regas junun cai balos rapide obsent
li omas rubun kel navos obsent
li hortas rubun cai agrikos ca nine apud jutent
lo auta piku li hortos altun kel naves felun apud voket
lerara altu cai balos obset
lo horta cai pipos rubun trovet
kel domas li urbos rubun jutent
lo lerara junu agriko rubu rapide sekvet
lo hunda kietu li pomos rubun voket
ca libra vetu kel libros hodie voket
ca arba kietu cai ninos cai miawes int hodie amet
auta cai leraros sekvet
li domas kel arbos grandun cai reges verdun post sekvent
lo horta piku lo navo lasu denove sekvet
ca pipa lo navo hodie jutet
cai pomas lo nino junu sekvent
libra verdu li pipos cai dames int sekvet
kel kavalas altun lo balo obsent
rega urbo kel arbes altun apud lante jutet
bala ca damo verdu lo dame verdu kun denove portet
ca miawa miawo felu voket
kavala verdu ca navo cai hundes felun post obset
ca rega lasu auto kel flues altun sub amet
doma li pomos portet
li hundas lo balo lasu vokent
li balas kel urbos rubun obsent
ca poma kietu miawo obset
cai urbas junun kel navos kietun vident
ca horta lasu ca omo jutet
lo kavala lo navo rapide sekvet
auta rubu li autos kietun lo urbe junu apud voket
bala lasu ca damo lasu ca hunde apud trovet
ca poma vetu lo hundo vetu ca lerare piku post videt
bala ca kavalo li reges int ofte trovet
ca arba leraro portet
li leraras pikun li hundos hodie trovent
li leraras kietun arbo altu ofte vident
libra li urbos li flues verdun kun voket
li omas lo balo portent
agrika nino felu li dames sub hodie amet
ca miawa piku kel autos rubun lo urbe sub rapide sekvet
li arbas ca pomo lasu obsent
nina cai ninos jutet
lo auta lo urbo li flues post obset
cai kavalas ca navo grandu kel urbes grandun apud rapide trovent
kel hortas lo domo vokent
urba ca arbo lo kavale kun jutet
cai fluas lo domo grandu ofte ament
horta lo miawo denove jutet
libra altu kel fluos lo nine sub rapide amet
kel domas lo pomo junu rapide jutent
lo nina li hortos voket
lo dama kel balos vetun videt
cai fluas grandun cai kavalos junun lo nine int vokent
pipa cai kavalos li kavales int videt
agrika verdu ca miawo junu lante sekvet
lo flua ca auto ca bale junu int hodie jutet
rega kel balos kietun li kavales pikun kun obset
cai urbas ca rego lasu cai pomes felun post denove ament
lo auta kel urbos lante voket
oma nino verdu ofte trovet
lo bala verdu cai kavalos denove jutet
poma verdu miawo ca libre felu sub voket
lo lerara kel navos pikun hodie portet
ca nava verdu li balos trovet
cai autas cai pomos lante sekvent
kel kavalas hundo vident
flua kel miawos lo kavale kun trovet
hunda grandu auto trovet
miawa kietu kel hundos lo bale kun hodie jutet
ca oma piku li hundos voket
ca horta leraro sekvet
lo libra lasu ca urbo videt
bala kietu li leraros denove voket
cai pomas lo miawo verdu vident
ca nava lo agriko rapide sekvet
kel autas kavalo ca lerare sub trovent
rega ca domo junu trovet
cai agrikas vetun lo domo portent
rega lasu hundo rapide trovet
cai leraras kel autos grandun lante vident
ca pipa rubu ca urbo cai naves verdun kun sekvet
kel hundas li pomos altun denove sekvent
ca arba kietu ca urbo altu dame apud sekvet
bala pomo sekvet
lo nina grandu ca balo verdu rapide portet
lo oma agriko portet
lo doma ca urbo vetu pipe sub amet
nina lo damo portet
lo libra li pomos trovet
ca hunda junu ca libro verdu lo libre int videt
kel damas damo trovent
lo libra cai hundos vetun lante voket
doma ca arbo felu jutet
kavala fluo kel hortes int sekvet
miawa li urbos libre grandu int sekvet
lo nava ca damo amet
lo horta piku lo auto ofte voket
li urbas vetun kel hortos rubun lo arbe sub obsent
ca nina lo miawo sekvet
li libras lo urbo sekvent
li regas altun lo rego ament
ca nava grandu li hundos li reges apud portet
ca flua li pipos kel autes apud obset
ca pipa kel autos hodie obset
kel omas pikun cai miawos obsent
lo poma verdu li damos grandun trovet
cai autas verdun lo omo kietu sekvent
kel hundas kietun agriko ca lerare verdu sub vokent
ca auta li pomos pikun sekvet
li balas cai balos ca bale kun ament
bala altu cai omos lo flue sub sekvet
miawa lo hundo trovet
lo flua altu ca pomo obset
lo kavala ca agriko hodie portet
lo miawa lo kavalo cai pomes apud obset
flua altu kel domos amet
lo auta agriko obset
cai domas ca damo kavale piku kun vident
ca libra rubu fluo jutet
oma piku lo agriko lo flue kun amet
kel kavalas ca horto kel pomes post rapide portent
lo bala lo balo felu li bales kun jutet
kel arbas lo damo vetu vokent
oma li hortos lante sekvet
li navas altun kel damos verdun sekvent
auta vetu li arbos altun sekvet
ca arba arbo lasu jutet
cai libras ca domo lo bale kun hodie obsent
ca flua vetu damo ca horte apud sekvet
li domas vetun lo libro rubu cai omes kun obsent
ca nava ca omo rubu jutet
kel regas cai navos lasun denove ament
lo nina felu pipo li dames kun portet
ca hunda lasu ca auto verdu horte verdu post portet
kel kavalas lo pomo trovent
cai fluas agriko rapide portent
cai hundas ca hundo ofte vokent
doma li leraros lasun denove sekvet
kel regas lasun lo omo altu ament
cai autas ca kavalo ca pipe apud hodie portent
ca arba lo libro kietu obset
lo kavala horto junu amet
kavala kietu lo libro horte apud portet
hunda ca miawo sekvet
kel agrikas cai pomos ament
kel miawas kel urbos ofte sekvent
ca hunda altu kel damos ca flue felu post videt
oma auto jutet
lerara kel libros felun lante sekvet
ca agrika verdu leraro piku sekvet
urba lasu kel libros verdun lante sekvet
lo urba cai regos jutet
ca libra felu ca rego verdu trovet
kel autas felun cai pipos kel hortes lasun int portent
ca arba lo leraro felu videt
dama cai ninos grandun ca nave felu post videt
poma vetu kel fluos ca pipe sub sekvet
flua nino lo nine vetu apud amet
li omas felun kel hortos sekvent
cai hundas horto rubu ament
cai ninas li kavalos jutent
miawa junu ca hundo rapide videt
pipa ca horto ca horte post denove amet
ca miawa ca pomo horte junu post jutet
kel hortas fluo rapide vident
li arbas ca horto cai bales post obsent
bala rego altu lerare apud ofte voket
kel arbas cai fluos vetun cai reges grandun apud jutent
lo lerara lo urbo denove sekvet
li agrikas kietun lo navo kel domes kun hodie jutent
lo miawa rubu ca kavalo ca rege lasu post trovet
lo lerara ca balo lasu kel hundes sub obset
lo dama verdu omo li nines apud obset
kel pipas grandun ca auto ofte sekvent
lo horta piku li leraros jutet
kel agrikas kel agrikos vetun obsent
cai kavalas ca nino li domes apud hodie vokent
li ninas cai agrikos pikun ofte portent
ca nina urbo amet
ca agrika lo damo verdu voket
auta cai ninos rapide sekvet
li hundas lo fluo kel bales rubun int rapide jutent
ca miawa kavalo grandu lo bale kietu sub hodie voket
hunda kel balos verdun ca hunde sub videt
ca urba junu kel kavalos videt
miawa cai domos lasun lo pome vetu kun sekvet
cai balas lo kavalo grandu hodie vident
cai kavalas ca navo verdu portent
li pomas horto felu trovent
ca flua lo libro obset
ca oma lasu lo horto cai lerares kun jutet
ca pipa rubu kel navos pikun lo nave sub trovet
cai miawas auto li omes kun obsent
kavala vetu agriko ca nine kietu kun obset
cai regas altun cai fluos lante sekvent
lo horta navo kietu hodie trovet
kel libras rubun lo damo ca hunde piku apud vokent
li regas cai omos vident
kel hundas kel navos dame verdu apud sekvent
li regas ca urbo lerare kun denove vident
ca nina rubu lo urbo cai arbes felun apud sekvet
ca hunda grandu kel navos hodie trovet
ca agrika vetu kel pomos grandun lo dame kun trovet
kel arbas li navos felun sekvent
li domas cai regos pikun ca agrike rubu apud rapide portent
lo dama piku ca arbo videt
li balas rubun ca leraro lasu sekvent
cai leraras lo agriko dome kun vident
li hundas cai ninos aute sub lante jutent
li leraras grandun ca rego trovent
kel hortas cai libros obsent
kel regas horto vident
lo miawa kel urbos ca rege sub voket
ca nina lo balo portet
ca dama ca omo kietu rege post amet
li balas lasun libro vetu kel lerares lasun apud portent
lo rega rego trovet
lo arba piku leraro rapide voket
ca libra lo domo obset
kel hundas felun lo kavalo lo ome rubu post trovent
rega urbo cai domes post trovet
li libras lasun li arbos jutent
cai hundas cai agrikos libre apud ament
libra lasu ca arbo ofte obset
ca lerara kel navos pikun amet
li urbas kietun navo kietu obsent
ca urba li pipos portet
ca poma grandu li omos videt
bala li libros amet
cai pomas vetun lo balo rubu lante obsent
nina li kavalos portet
ca pipa felu pipo kel arbes grandun sub jutet
oma ca omo rege int voket
lerara ca nino verdu sekvet
ca horta libro ofte jutet
lo lerara altu domo lo horte kietu int sekvet
dama ca urbo rubu denove voket
lo doma omo dome int obset
doma cai libros portet
lo urba lasu li damos trovet
lo bala ca urbo rubu obset
cai pipas altun pipo portent
li arbas lo pipo kietu ament
ca kavala rubu ca navo lante trovet
lo nina lo rego junu ca lerare apud sekvet
ca pipa lo arbo lo agrike kun lante amet
ca lerara kel balos vetun jutet
flua agriko cai flues vetun sub videt
ca pipa junu lo miawo kietu videt
lo urba lo domo piku hodie trovet
lerara kel balos denove portet
cai pomas urbo portent
cai ninas ca kavalo ca urbe sub jutent
ca hunda verdu lo arbo li bales apud jutet
lo urba ca miawo verdu rapide obset
lo hunda verdu lo navo rubu lo lerare rubu sub lante trovet
cai arbas verdun kel leraros denove jutent
lo libra felu kel agrikos hodie trovet
kel navas lasun lo auto piku portent
kel regas li navos sekvent
li damas rubun cai kavalos hodie trovent
lo bala verdu cai agrikos ca nave sub denove amet
ca bala cai urbos grandun ca pome kun lante portet
lo doma lo arbo cai urbes post obset
lo rega li pipos vetun amet
cai navas rego sekvent
ca hunda kietu ca kavalo lasu lo dame kun obset
lerara omo junu lo dame grandu kun jutet
ca horta verdu ca libro kietu li agrikes int lante voket
kel damas lo pipo lante ament
li domas kel arbos rapide vokent
lerara kietu lo navo altu videt
kel urbas vetun cai fluos trovent
lo rega kel hortos trovet
libra verdu kel hundos rapide voket
li ninas ca miawo li lerares grandun int obsent
li hundas kel autos vident
cai ninas lo nino rapide ament
ca kavala lasu kel navos lo lerare kun jutet
kel miawas lo navo hodie vokent
li hundas lasun cai pipos vokent
cai leraras cai leraros pikun denove vokent
arba lasu li pipos jutet
lo bala li domos trovet
cai hundas li miawos vokent
bala grandu ca arbo amet
cai ninas li kavalos rubun rapide trovent
lo dama ca damo felu portet
ca flua lo agriko ofte obset
rega rubu lo navo dome verdu int amet
li damas pikun ca balo flue kun ament
lo flua kel urbos ofte trovet
lo bala junu cai ninos altun amet
ca kavala balo obset
auta arbo rapide trovet
lo arba ca balo amet
ca rega felu li libros videt
ca flua kel omos lo urbe felu sub obset
lo pipa verdu rego portet
kavala arbo cai kavales lasun int jutet
ca doma altu cai balos hodie sekvet
kel pipas grandun ca agriko obsent
li kavalas kel pomos li lerares kun sekvent
li ninas junun lo auto grandu ca dame post trovent
ca agrika cai ninos videt
libra rego kel miawes kun hodie sekvet
lo flua grandu horto altu videt
kavala verdu fluo sekvet
dama verdu cai balos junun hodie videt
kel miawas pomo li bales apud jutent
kel libras ca horto lo aute sub ament
kel leraras rego grandu rapide vokent
li hortas lo nino rapide ament
ca lerara li pomos grandun trovet
kel regas lasun cai miawos trovent
lo agrika ca miawo ca flue int rapide voket
nina li navos lasun flue post trovet
cai pipas felun li kavalos altun obsent
ca agrika ca kavalo rubu portet
lo arba auto voket
li libras miawo felu sekvent
li balas kietun pomo piku jutent
kel domas lasun lo miawo sekvent
poma li urbos lo nave vetu sub amet
oma lo arbo obset
doma junu lo omo rubu obset
kel urbas felun nino kietu portent
lo dama li pomos ca rege post lante voket
cai pipas ca horto vetu jutent
ca oma kel regos li bales sub denove sekvet
ca hunda grandu navo verdu jutet
cai hundas junun kel hortos hodie obsent
ca kavala rubu ca libro verdu denove trovet
poma horto rubu ca nine int voket
kel domas lo miawo ament
li hundas ca libro portent
kel domas junun agriko li naves kun sekvent
nina fluo trovet
ca nava leraro amet
li arbas felun lo leraro lo arbe sub trovent
lo lerara kietu lo damo ca rege lasu kun denove amet
li hundas leraro lo lerare piku sub hodie obsent
kel agrikas ca rego junu rapide sekvent
ca libra domo rubu videt
li pipas junun lo leraro obsent
ca miawa verdu cai leraros junun denove sekvet
doma kel pipos pikun kel reges apud videt
doma verdu cai kavalos pikun hodie portet
poma ca omo obset
lo urba cai libros kietun ofte voket
li kavalas rubun ca horto sekvent
ca hunda grandu cai urbos lante voket
ca libra lasu cai miawos kietun ofte jutet
cai fluas li libros pikun bale kietu post vident
auta grandu cai miawos ca dame verdu int videt
cai domas arbo ament
cai pomas cai autos vokent
ca arba ca navo li autes rubun post denove trovet
oma junu rego felu obset
lo poma navo sekvet
lo nina kel leraros rubun obset
li agrikas kietun ca arbo sekvent
ca pipa cai fluos jutet
kel agrikas altun cai hortos portent
cai libras cai libros denove portent
kel balas lo arbo lasu ament
ca horta cai miawos portet
lo auta cai damos voket
doma li miawos li lerares sub denove amet
miawa piku li domos sekvet
cai hundas junun lo domo lasu lante sekvent
li omas ca pomo verdu jutent
li urbas vetun kel agrikos jutent
li pipas li fluos vokent
cai agrikas ca damo junu trovent
lo kavala kietu nino obset
ca pipa grandu li omos altun portet
lerara felu kel leraros portet
lo poma kel kavalos ome sub obset
arba lo balo lo dame vetu int sekvet
ca nava urbo felu jutet
ca nina ca hundo lante videt
lo doma lo arbo ca hunde kun lante videt
lo nava lasu kel damos rubun trovet
flua kietu leraro junu bale apud denove voket
ca pipa lo agriko altu lo rege post denove videt
kel balas cai kavalos lasun sekvent
lo arba cai urbos pikun li pomes post trovet
ca doma junu li domos voket
kel libras pikun ca rego obsent
lo bala ca damo jutet
lo miawa altu pipo dame sub videt
kel pomas ca navo portent
miawa grandu libro libre kun ofte amet
ca doma li pipos altun trovet
li damas pikun lo horto ament
cai autas felun kel navos vokent
li libras lo miawo ofte vokent
lo poma urbo ca dame piku sub trovet
lo pipa li pomos altun lante obset
cai arbas kel balos vokent
li arbas vetun kel damos pikun jutent
ca arba lo balo vetu hodie jutet
nava kel urbos denove videt
agrika kel navos sekvet
ca hunda kel ninos grandun aute piku post amet
lo lerara piku cai ninos lo agrike sub voket
kel kavalas verdun ca domo sekvent
kel omas lasun kel regos lasun lante jutent
hunda pipo portet
li balas altun kel navos pikun lo pipe vetu kun ofte portent
kel libras pikun kel balos portent
cai kavalas li damos rapide obsent
lo kavala junu omo denove obset
arba li urbos ofte amet
ca horta cai pomos hodie videt
ca arba li pomos ca lerare grandu int hodie obset
horta grandu arbo altu ca miawe sub portet
kel pomas lo libro junu ament
li navas kel hortos obsent
ca miawa lo leraro sekvet
ca kavala vetu agriko portet
cai navas ca kavalo grandu ca rege felu post vident
ca miawa vetu lo pomo voket
kavala grandu leraro videt
ca hunda ca damo lasu sekvet
kavala kel libros lasun cai miawes verdun sub trovet
li regas miawo cai bales int denove jutent
kel kavalas vetun lo pipo vetu jutent
ca doma lo fluo hodie obset
li urbas li kavalos vetun denove portent
rega altu ca miawo nave sub sekvet
ca poma cai fluos trovet
lo libra piku li urbos lasun ofte sekvet
hunda li omos pikun portet
lo libra lasu ca auto rubu sekvet
ca lerara ca kavalo junu videt
ca flua ca miawo junu videt
ca libra altu pomo trovet
kel damas agriko flue post denove trovent
li fluas cai fluos ofte obsent
lo dama lo nino rege apud voket
kel omas vetun li agrikos dame sub vident
nina kietu miawo voket
kel domas cai domos pikun jutent
ca miawa kietu hundo kel omes altun post voket
cai hortas lo domo felu vident
kel domas pipo junu lo horte rubu apud vokent
rega vetu ca miawo kel domes int rapide obset
lo kavala cai ninos obset
libra vetu ca damo urbe rubu post obset
li agrikas cai arbos junun rapide trovent
ca auta rubu li omos videt
libra ca rego junu lo pome post amet
li pomas kel domos pikun kel flues post jutent
lo oma lo kavalo lasu jutet
ca hunda ca pipo piku voket
kel balas pikun cai pipos hodie jutent
ca urba piku lo leraro obset
hunda ca miawo amet
lo agrika kel regos altun obset
lo nava lasu lo nino grandu ofte voket
doma altu lo fluo amet
kel omas junun ca omo grandu obsent
li damas pikun ca pomo jutent
bala fluo hodie jutet
lerara rubu agriko portet
lo kavala li urbos lo horte post sekvet
li agrikas pikun ca fluo ament
ca poma cai urbos rubun denove videt
cai ninas auto li naves post obsent
poma li autos vetun ca libre int hodie trovet
li urbas kel hortos lo urbe lasu post denove vident
kavala domo cai domes lasun apud jutet
cai urbas lo hundo verdu arbe apud lante jutent
oma vetu ca miawo trovet
libra li autos grandun ofte obset
cai hundas verdun li regos ome int denove vident
ca poma lo rego amet
ca nina cai urbos lasun jutet
pipa cai hortos ca urbe lasu kun hodie obset
ca kavala ca hundo altu lante voket
ca poma omo denove videt
urba ca arbo portet
ca lerara kel domos pikun obset
kel leraras pikun li hortos trovent
rega kel hundos grandun portet
cai libras grandun auto sekvent
ca urba altu ca kavalo voket
li kavalas rego junu sekvent
poma ca agriko ofte voket
poma lo miawo jutet
doma libro junu obset
arba fluo jutet
kavala kietu ca omo li naves int trovet
agrika piku ca hundo rubu li libres int ofte portet
auta ca hundo lo rege kietu apud voket
lo doma lo kavalo rubu portet
ca bala li damos amet
lo flua kel pipos ca urbe verdu kun lante portet
kel domas lo arbo ofte trovent
ca horta lo agriko trovet
li autas navo grandu rege piku apud vokent
lerara miawo hunde rubu int voket
kel arbas kietun kel urbos grandun kel lerares sub ofte ament
li arbas ca horto junu sekvent
bala li leraros videt
cai hortas cai leraros rubun ca agrike sub sekvent
horta fluo obset
cai pipas ca pomo cai pomes lasun sub trovent
lo dama kel fluos verdun sekvet
li autas ca domo felu vident
lo hunda ca agriko rubu obset
lo auta piku cai hundos sekvet
kel hundas cai regos portent
lo agrika li omos rubun jutet
lo pipa junu ca horto altu amet
li hortas felun arbo vetu nine piku sub trovent
lo nava junu lo domo obset
lerara verdu lo damo amet
auta altu ca urbo cai miawes sub videt
ca bala rubu lo miawo vetu voket
lo flua auto trovet
kel hortas kietun cai hundos lo aute kun vokent
li hundas pikun ca kavalo verdu rapide sekvent
kel navas lo hundo hodie ament
li agrikas pomo lo flue kun jutent
cai leraras junun lo auto grandu cai libres post vident
kel hortas cai hundos vetun lo kavale grandu apud ament
lo miawa lo fluo piku lo miawe int jutet
hunda li libros videt
ca horta lasu leraro kietu videt
cai omas lasun ca omo lasu vident
kel urbas pikun lo leraro vetu portent
ca lerara cai arbos denove videt
lo hunda cai omos grandun cai kavales junun post trovet
ca libra nino jutet
li miawas verdun omo lo hunde int portent
lo rega grandu ca agriko ca flue kun obset
lo miawa verdu lo pomo kietu sekvet
ca nina lo nino hodie jutet
ca hunda felu auto amet
cai ninas rubun kel hortos sekvent
kel libras kel agrikos lasun ament
ca rega lo domo amet
nava lo nino kietu voket
ca poma ca balo verdu sekvet
kel agrikas altun ca agriko piku vokent
libra junu lo pipo grandu ca pome sub trovet
doma altu lo balo lasu voket
li balas ca libro portent
nina altu kel ninos denove amet
bala altu li pomos kietun obset
lo doma altu lo domo ca bale lasu kun rapide amet
doma rubu cai pomos denove trovet
kel omas horto verdu jutent
li ninas ca agriko junu trovent
nava cai urbos lasun lante portet
ca poma kel omos denove obset
lerara grandu lo urbo altu voket
ca nava kel libros jutet
lo pipa kietu ca miawo ofte sekvet
cai domas auto vokent
lo dama piku navo amet
cai omas ca leraro piku vokent
cai domas cai navos lo kavale kun trovent
kel miawas ca omo piku trovent
rega lasu kel domos jutet
cai leraras li pomos ca horte vetu kun obsent
lo dama ca arbo denove amet
cai leraras lo agriko felu ament
hunda verdu kel pipos vetun kel domes sub lante jutet
li fluas nino vetu vident
libra ca miawo vetu portet
li navas damo kietu cai pipes altun int ament
lo flua junu pomo lo hunde kietu post denove obset
li agrikas li pipos vokent
ca miawa navo lo ome apud rapide sekvet
li damas li navos vetun rapide trovent
ca lerara grandu li kavalos trovet
li agrikas rubun fluo sekvent
lo poma lasu ca omo ofte obset
lo nina kavalo jutet
kel fluas lasun kel regos ament
poma cai miawos felun portet
cai miawas ca rego junu jutent
miawa rubu ca auto piku dame rubu apud obset
lo dama lo rego piku videt
flua balo voket
cai hortas felun lo navo vokent
cai hortas cai regos altun portent
kel hundas grandun kel fluos vident
li navas rubun ca arbo vident
ca libra kietu fluo portet
ca rega omo obset
ca dama vetu cai fluos ca rege verdu apud denove videt
lo lerara ca miawo videt
ca flua kel domos ofte portet
lo auta ca kavalo rapide jutet
kel damas li hortos verdun vokent
doma nino voket
poma piku rego li agrikes apud lante trovet
kel autas kel pipos obsent
cai regas lo nino denove obsent
urba kel arbos grandun portet
lerara lasu lo pomo trovet
lo oma lo leraro vetu sekvet
auta lasu cai leraros hodie jutet
kel damas felun li arbos vetun cai libres verdun post obsent
nina junu lo horto verdu ca dame apud portet
cai pipas rubun cai fluos lo arbe sub vokent
kel arbas lo agriko lo pipe junu kun denove vokent
ca bala li hundos portet
lo auta rubu li leraros ca ome grandu apud obset
oma ca fluo amet
li agrikas kavalo verdu ament
bala lo omo voket
kel fluas kel pipos lasun lo dome rubu int vokent
kel domas kel fluos trovent
oma ca balo denove voket
lo dama verdu li pomos pikun li agrikes apud voket
horta vetu lo miawo kel reges rubun apud ofte trovet
ca nina ca rego grandu ca pome vetu sub hodie amet
li pipas cai ninos ament
li miawas rego li domes kun vident
lo flua vetu kel pomos amet
kel agrikas pikun cai kavalos ome int hodie sekvent
poma grandu lo agriko flue grandu kun obset
dama kavalo lasu obset
li ninas kel autos hodie sekvent
ca doma kietu ca pomo vetu hodie voket
lo oma lo rego verdu voket
urba altu ca leraro rapide amet
urba ca pomo rubu sekvet
li navas lo urbo jutent
kel ninas pikun ca horto grandu ament
lo nina ca horto altu portet
li regas kel fluos kietun vident
cai hortas kavalo ofte vokent
kel ninas kel arbos ament
kel balas pikun ca leraro junu vokent
kel regas kavalo vident
lo flua kietu ca leraro vetu ca hunde altu sub trovet
ca nina kel leraros altun videt
li ninas kietun ca omo altu rapide jutent
cai kavalas junun ca navo rege grandu sub jutent
li autas lasun ca leraro verdu kel hortes apud jutent
cai omas fluo altu vident
ca rega ca rego hodie jutet
cai omas felun li miawos lasun ca arbe apud hodie vident
li ninas grandun li navos grandun vokent
lo doma junu kel damos rapide amet
ca auta felu cai libros obset
ca arba vetu ca urbo ofte videt
ca flua verdu ca domo piku videt
cai omas ca damo cai hortes junun kun jutent
cai hundas nino vokent
lerara ca miawo lasu denove amet
kel libras vetun lo pomo felu lo miawe kun vokent
kavala altu ca urbo altu arbe apud amet
cai fluas junun lo navo rubu hunde sub ofte ament
li hortas kietun lo urbo ca hunde verdu post vident
lo hunda cai miawos verdun cai libres pikun sub voket
lo rega ca auto trovet
cai regas domo kel domes lasun sub obsent
cai leraras grandun domo vokent
pipa felu li leraros arbe rubu apud amet
ca nina verdu auto rapide portet
lerara nino ca libre apud ofte amet
li autas lo auto vident
lo pipa kavalo ca bale kun videt
lo lerara kel agrikos lasun li naves post trovet
ca libra altu kel ninos lo pome int videt
ca bala li hortos pikun portet
cai balas altun ca omo rubu portent
li hundas lasun agriko vident
cai pipas kietun rego lante sekvent
kel regas kel pomos vetun vident
lo miawa ca navo piku obset
kel ninas ca pomo hodie trovent
hunda li agrikos amet
lo lerara junu ca agriko junu videt
libra pipo felu agrike int obset
li miawas lasun cai miawos pipe int portent
cai arbas lo arbo vetu lo miawe kun portent
lo horta vetu cai pipos voket
ca nava cai regos pikun bale kun rapide trovet
ca doma ca arbo cai agrikes sub rapide videt
cai ninas ca auto portent
libra ca agriko ofte obset
kel autas grandun lo hundo junu portent
lo rega ca omo kietu kel nines apud voket
ca dama cai hundos ca nine kun portet
ca nava junu ca navo altu lo bale sub amet
cai regas felun kel navos lante vident
kavala grandu lo miawo ca pipe lasu apud voket
lo miawa junu agriko portet
rega rubu omo rubu portet
ca nava felu lo omo trovet
lo bala felu ca urbo felu amet
cai hundas kel pipos sekvent
kel navas li navos lo arbe kun trovent
lo oma lo navo jutet
kel agrikas ca agriko lasu vident
ca nava ca libro verdu amet
li urbas ca arbo felu hodie jutent
urba piku rego grandu lo nave kun amet
li navas altun lo auto piku vokent
urba verdu cai omos verdun sekvet
kel leraras navo vident
cai kavalas pikun agriko altu ca nine grandu sub denove obsent
flua horto verdu denove portet
li damas li kavalos vident
auta kel autos kel omes apud amet
lo kavala damo obset
pipa cai libros lo urbe sub jutet
lo agrika li urbos ca arbe int videt
cai damas junun cai fluos sekvent
li leraras lo nino vetu jutent
cai urbas cai regos rubun hodie vokent
ca poma ca damo lante trovet
ca kavala grandu ca libro videt
cai autas lo pomo rapide ament
kel pipas cai regos ament
li miawas pikun kavalo lo dome int jutent
lo libra felu li domos portet
dama lo omo ca libre post obset
li agrikas ca damo grandu portent
lo kavala li hortos pikun sekvet
ca poma altu ca kavalo ofte sekvet
lo dama kel pipos verdun hodie voket
kel omas grandun arbo vident
lo poma ca omo kietu kel reges altun sub denove obset
lo agrika grandu damo li arbes rubun post sekvet
ca nava li arbos denove amet
lo dama kietu ca leraro portet
nina cai navos pikun li autes int denove portet
cai miawas rubun ca agriko vetu cai hortes verdun sub denove trovent
cai fluas li hundos jutent
lo urba kel fluos kietun trovet
kel ninas cai navos vetun lo lerare int vokent
ca dama cai agrikos rapide amet
cai balas kel pipos rubun ament
rega cai kavalos rubun kel miawes kun videt
horta lasu cai autos trovet
li agrikas li navos cai reges int vokent
li navas li hundos lante ament
lo poma junu li autos portet
agrika lo auto verdu lo horte kun portet
nina navo grandu sekvet
li hortas junun kel leraros cai flues post vident
ca rega felu kel autos altun amet
kel regas kel agrikos obsent
horta pipo hodie sekvet
ca nava pomo denove jutet
cai arbas li arbos trovent
li agrikas kietun cai fluos portent
kel damas ca balo altu hodie portent
flua lo navo hodie jutet
hunda lasu li urbos amet
li domas leraro kietu vokent
li miawas kietun cai libros verdun rapide vokent
kel balas lo damo junu ca libre int denove ament
lo flua junu kel leraros vetun li agrikes altun kun rapide sekvet
flua lo pipo jutet
cai pomas junun li pipos ament
kel urbas ca damo jutent
lo oma cai hundos denove jutet
cai balas li libros lante obsent
cai domas kel omos pipe kun lante vokent
ca auta ca urbo piku jutet
ca arba ca libro lasu hodie voket
kel urbas vetun lo pomo sekvent
cai libras felun cai hundos felun libre apud rapide vokent
ca horta kietu lo leraro lo lerare apud trovet
li agrikas li hundos kietun trovent
li omas ca omo altu hodie ament
libra lo rego amet
cai miawas junun ca arbo junu rapide portent
li miawas felun ca urbo ament
ca kavala li omos grandun videt
li balas hundo kietu ca aute vetu kun ament
ca bala lo urbo piku amet
ca oma kel damos felun voket
ca arba cai hundos denove portet
kel hundas felun li arbos altun ome felu sub trovent
ca nina kel leraros aute grandu apud denove voket
kel pipas ca auto junu lo dome kun vokent
li autas lo auto ament
oma verdu lo domo dame post denove portet
kel pipas junun miawo rubu sekvent
li omas ca hundo ofte sekvent
ca miawa li fluos jutet
ca flua ca leraro kietu aute kun amet
lo libra felu cai kavalos altun cai hortes sub jutet
li pipas altun kel leraros jutent
lo dama lasu omo voket
li miawas cai agrikos ament
cai pipas rubun li ninos rapide vident
cai fluas cai autos lo arbe post lante obsent
lo lerara ca nino trovet
li navas arbo piku obsent
kel omas vetun omo rubu li agrikes int sekvent
pipa lo domo junu videt
horta ca leraro jutet
lo horta grandu cai libros lo pome piku int lante videt
cai ninas arbo obsent
auta lo fluo jutet
lo poma kietu ca hundo kietu videt
ca miawa vetu pipo videt
cai hortas cai omos felun obsent
lo arba urbo lasu hodie portet
li damas li navos jutent
kel miawas ca balo felu jutent
kel balas grandun auto rubu li miawes int obsent
ca hunda grandu lo agriko sekvet
oma rubu kel kavalos rapide videt
lo arba grandu nino junu agrike vetu post amet
lo miawa lasu libro verdu trovet
ca libra verdu li balos hodie trovet
lo horta domo verdu lante jutet
li leraras kietun li damos lante jutent
cai omas li hortos rapide obsent
lo nina lo omo sekvet
kel libras vetun kavalo ament
lo agrika kietu ca balo altu denove obset
cai hundas altun li pomos trovent
lo horta lo nino lante trovet
lo dama kel libros videt
cai leraras kel regos hodie vident
kavala ca nino grandu sekvet
lerara ca domo altu portet
lo kavala kel pomos amet
nava arbo piku jutet
lo flua rubu lo leraro rege post jutet
ca rega lo auto junu miawe int denove voket
lo oma lasu omo sekvet
ca libra li omos altun rege apud voket
lerara li urbos ca hunde apud portet
kel leraras urbo lo ome apud vokent
cai agrikas lo horto lante sekvent
cai pipas li kavalos altun ca hunde kun ament
ca poma navo lo libre kun voket
ca dama lo hundo voket
arba cai hundos hodie sekvet
lo rega kel fluos hodie trovet
kel omas li libros rapide vident
ca hunda piku leraro sekvet
ca bala ca miawo lasu hunde sub ofte jutet
cai miawas kavalo kietu ca flue lasu sub vident
auta junu nino ca urbe rubu kun videt
kel fluas lo libro trovent
rega cai autos kel domes grandun post videt
lerara ca hundo videt
lo arba junu kel navos videt
lo libra cai arbos pikun sekvet
ca arba ca leraro vetu hodie portet
ca bala altu lo pomo lo nave piku post hodie sekvet
kel autas li ninos sekvent
cai hortas ca damo vetu ofte trovent
li leraras horto felu vident
cai pomas junun li kavalos grandun ca rege junu int jutent
lo arba altu li regos verdun urbe apud sekvet
oma cai libros lasun portet
ca arba lo nino kietu rapide obset
ca poma lo rego grandu lante amet
arba kel pipos grandun li agrikes apud portet
lo arba felu ca urbo obset
kavala lo libro grandu ca nave apud obset
kel fluas ca pipo nave int sekvent
cai kavalas arbo ofte vokent
lo flua kel leraros kietun sekvet
kel fluas altun damo ca dome vetu sub jutent
kel urbas ca domo vetu sekvent
lo doma lo pomo ca libre grandu int lante portet
lo dama kietu cai kavalos verdun kel urbes kun trovet
nina grandu lo urbo ofte voket
ca nava altu horto ofte portet
lo flua cai autos lasun urbe post videt
lo poma kel hortos grandun hunde post denove voket
li navas miawo grandu cai domes vetun apud sekvent
cai hortas vetun ca hundo hodie vokent
cai kavalas nino portent
kel miawas vetun cai kavalos verdun portent
oma cai kavalos cai hortes kun sekvet
pipa lasu kel leraros arbe felu sub rapide voket
horta felu rego vetu cai omes apud videt
lo poma rubu ca pomo ofte portet
lo kavala kietu cai agrikos grandun kel lerares verdun int sekvet
kel leraras li leraros rubun sekvent
miawa ca domo cai urbes apud portet
cai fluas kel leraros verdun libre lasu sub denove portent
cai pipas libro rubu obsent
lo bala verdu kel ninos videt
doma lo omo felu voket
nina piku ca balo obset
ca miawa nino portet
li kavalas ca pomo denove ament
kel agrikas lasun ca leraro kel dames apud sekvent
kel hundas lasun lo hundo obsent
pipa nino dome piku post obset
lo auta kietu li balos videt
lo libra ca omo trovet
cai omas cai autos pikun denove obsent
lo poma lo navo verdu ofte trovet
lo oma lo miawo kietu ofte jutet
li leraras vetun hundo pipe verdu post portent
cai navas kietun li navos obsent
lo dama kietu cai hundos kel lerares verdun post videt
lo pipa vetu lo balo amet
kel pipas horto ofte portent
urba auto vetu lante sekvet
ca flua fluo kel miawes junun apud rapide jutet
ca hunda felu hundo kietu jutet
li kavalas pikun auto ca ome kun trovent
ca flua cai ninos hodie voket
li omas kel balos rapide vident
ca pipa lasu cai regos lasun lo kavale kun obset
ca pipa lasu li domos amet
lo bala ca horto portet
ca horta lo rego hodie trovet
ca dama grandu cai arbos lasun ofte trovet
kel pomas ca damo ca horte kun rapide portent
kel ninas lasun cai hundos sekvent
li autas pikun li autos ca rege piku sub obsent
li hundas cai agrikos lasun vokent
kel damas li urbos felun lo kavale post vokent
kel ninas li ninos ca lerare junu apud portent
lo rega verdu kel arbos voket
poma vetu kel miawos denove jutet
lo pipa ca leraro portet
lerara lo damo piku trovet
lo nava lo agriko lasu lo bale int obset
lo kavala kel pipos rapide jutet
kel regas rubun li kavalos ament
ca urba omo vetu kel libres rubun post lante jutet
lo urba rubu lo agriko portet
cai miawas felun kel leraros ofte obsent
kel pomas lo fluo altu trovent
lo horta verdu li urbos verdun videt
ca kavala lasu lo rego felu lo hunde lasu kun hodie jutet
li arbas cai leraros ca aute felu kun ofte obsent
cai autas urbo portent
nava kietu ca pomo felu ca ome post trovet
li navas cai autos kietun cai miawes apud sekvent
kavala vetu lo hundo kel hortes sub videt
kel autas grandun lo balo grandu portent
ca bala vetu li leraros felun obset
ca dama junu lo agriko ca hunde sub amet
lo horta piku lo pomo altu lo agrike int lante sekvet
horta cai fluos voket
kel omas grandun miawo lante trovent
ca bala domo obset
li arbas felun li damos trovent
cai pipas rubun leraro trovent
li ninas kel balos verdun rapide vokent
kel leraras kavalo hodie portent
lo urba kietu cai fluos rubun portet
agrika li autos altun obset
ca poma altu ca balo trovet
li hortas rego felu vident
kel domas altun agriko rapide obsent
rega li navos rubun ca lerare felu sub amet
ca libra felu lo domo ca horte felu post hodie voket
kel pomas leraro ament
lo kavala cai omos videt
hunda vetu ca pipo rubu li libres rubun sub amet
cai autas lasun lo horto grandu trovent
cai kavalas kel libros pikun hunde apud denove obsent
ca poma cai arbos voket
lo nava li pomos vetun amet
cai libras grandun li hortos felun li urbes vetun sub lante sekvent
nava omo piku rapide videt
nina kel miawos kel flues kun sekvet
doma lo damo felu jutet
ca rega rubu lo urbo cai urbes sub obset
li miawas ca kavalo lo flue altu post ofte portent
kel damas cai balos denove vident
ca miawa cai agrikos verdun cai bales kun hodie trovet
ca pipa ca hundo denove videt
ca agrika cai miawos trovet
cai hundas li autos vokent
ca lerara piku miawo rege piku int jutet
libra leraro vetu denove sekvet
ca nava cai arbos trovet
kel hundas pikun lo balo lasu cai libres kun rapide obsent
ca miawa altu ca omo altu sekvet
kel fluas lo rego trovent
lo nina rubu lo damo felu dame sub voket
lo hunda li balos rubun sekvet
li arbas ca rego junu lo libre int vident
rega kel leraros jutet
li domas cai leraros kietun ca aute int denove portent
kel urbas grandun kel autos obsent
oma hundo amet
kel miawas cai balos li pipes altun int trovent
kavala altu lo omo kietu li pipes sub amet
ca doma agriko ca miawe junu apud hodie trovet
li miawas ca miawo jutent
arba li hortos rubun jutet
lo agrika kietu li navos trovet
ca miawa lasu ca arbo lerare apud hodie videt
li pipas felun cai pipos sekvent
kel balas lo navo rapide portent
lo hunda junu cai arbos hodie trovet
ca oma li fluos ofte portet
ca hunda urbo jutet
cai hortas lo urbo lante vokent
lo libra junu pipo trovet
cai ninas li hundos horte int rapide vident
kel navas libro vident
lo oma lo balo lerare sub hodie sekvet
lo poma li arbos kavale piku apud sekvet
kel pipas kel damos ca miawe apud jutent
lo kavala miawo felu denove portet
kel pipas verdun cai agrikos junun lo ome post denove sekvent
ca nava junu lo hundo lante trovet
lo nina navo lasu li nines lasun kun ofte jutet
ca horta lo kavalo vetu ofte sekvet
lo auta rubu li pipos rubun lante amet
li pomas ca pomo altu ament
ca doma damo piku lo ome kietu kun trovet
lo hunda rubu cai hundos vetun amet
lo arba ca damo ofte sekvet
bala junu ca miawo kietu videt
urba lo domo lasu amet
nina lo balo rubu sekvet
agrika verdu li miawos junun denove trovet
lo lerara piku kel kavalos cai autes post voket
lo arba cai regos li hortes apud hodie sekvet
nina ca arbo lasu bale sub trovet
lerara damo rubu li hundes vetun sub hodie portet
ca miawa vetu cai autos videt
li hortas ca miawo rubu ofte vokent
lo miawa vetu lo horto sekvet
cai hundas horto piku vident
li balas ca agriko vident
ca libra pipo miawe altu post lante videt
lo libra piku lo pomo kietu lo flue post voket
kel kavalas kel domos obsent
cai fluas lo urbo cai pomes apud vokent
kel autas lo auto sekvent
cai regas kietun lo miawo vokent
oma rubu lo libro ca arbe piku sub videt
kel pipas arbo obsent
lo arba piku horto cai omes pikun kun sekvet
lo horta grandu kel libros portet
oma ca arbo pipe apud hodie voket
li leraras li regos portent
cai leraras felun cai autos kel hortes sub trovent
kel kavalas lo pomo lante jutent
ca nina cai urbos trovet
urba li pomos pikun kel omes int videt
ca oma rubu lo hundo amet
agrika ca nino lo pome kun sekvet
cai domas kel omos sekvent
lo horta lo nino grandu obset
ca pipa li miawos jutet
ca lerara agriko rubu lo libre int voket
ca libra domo lante trovet
cai hundas omo ca hunde int denove ament
ca poma felu pomo lo pipe kun jutet
agrika kel balos altun denove jutet
oma altu omo lerare vetu sub jutet
ca urba kel damos li nines apud portet
nina fluo portet
li agrikas ca hundo obsent
nina altu kel kavalos junun lante sekvet
kel damas miawo jutent
ca auta li navos jutet
ca pipa urbo obset
doma damo felu portet
li hundas grandun kel autos cai flues int hodie vident
nina cai agrikos vetun cai reges sub lante portet
bala grandu ca domo rubu lerare vetu post trovet
lo horta ca horto ca bale sub videt
ca nina leraro amet
lo nina altu li fluos pipe rubu post videt
li balas junun nino obsent
nava cai hortos kietun hodie trovet
ca bala lo pipo grandu kel libres int obset
cai navas kietun li hundos ament
lo nava li urbos kietun ca rege int denove amet
ca auta lo domo piku ca miawe piku post portet
nava kel pipos ca horte apud denove voket
ca pipa grandu cai fluos altun videt
li regas felun ca kavalo trovent
li libras kel arbos altun cai autes int rapide sekvent
kel domas cai arbos felun nave lasu sub denove jutent
kel regas kel agrikos altun ofte jutent
rega lo auto kel omes grandun kun jutet
lerara kietu lo hundo ca dome verdu post lante voket
li miawas verdun lo rego vetu cai naves int denove obsent
li arbas verdun lo rego lo libre int portent
li pomas cai miawos trovent
ca pipa li balos trovet
ca kavala pomo piku ofte sekvet
cai balas li pomos ca arbe post vident
auta piku lo auto trovet
li pomas cai leraros verdun sekvent
ca libra kietu ca hundo amet
miawa felu lo omo lasu obset
urba ca domo denove voket
dama grandu leraro lasu ome kun rapide amet
lo nava junu agriko felu voket
lo nava kietu lo pipo rubu portet
miawa ca horto vetu amet
ca dama cai libros sekvet
lo horta lo omo kietu hodie jutet
bala altu ca fluo ca pipe grandu int portet
lo poma auto sekvet
li agrikas pomo vokent
ca pipa rubu cai leraros portet
li leraras li fluos obsent
auta cai pomos kavale vetu int jutet
cai omas lasun agriko ca hunde kun jutent
horta junu ca damo verdu sekvet
kel urbas ca arbo verdu ofte vident
libra lasu ca agriko lasu li pomes sub denove trovet
poma rubu ca agriko obset
li regas kel agrikos jutent
cai pipas felun lo fluo kietu rapide portent
lo bala kel regos portet
kel ninas ca pomo portent
cai balas ca urbo altu denove trovent
ca arba domo altu sekvet
cai hortas cai urbos portent
cai pipas ca urbo grandu portent
lo nina cai urbos rapide videt
arba kel urbos kel arbes verdun post jutet
li pipas pomo junu rege junu sub obsent
cai omas vetun kavalo rapide ament
arba li autos portet
li miawas lo leraro piku ament
kel kavalas lo kavalo jutent
lo horta verdu cai autos obset
agrika kel hortos ca hunde int videt
ca rega altu leraro li pomes apud sekvet
kel pomas vetun lo damo nine kun vident
cai agrikas cai hundos vokent
lo flua rego vetu voket
ca miawa ca arbo piku amet
li arbas omo obsent
kel balas leraro altu ca pome grandu sub jutent
lo flua miawo kietu sekvet
li miawas balo kietu lante trovent
ca rega altu ca leraro horte apud jutet
ca flua li miawos vetun voket
cai kavalas grandun lo balo trovent
pipa grandu cai domos trovet
lo bala ca hundo ca lerare junu kun portet
kavala auto kel bales pikun apud jutet
ca agrika rubu arbo vetu lo nine kietu kun lante jutet
ca miawa domo junu ofte jutet
li libras cai navos vident
kel regas felun arbo cai libres verdun sub trovent
cai pipas lo libro verdu ofte vokent
ca agrika lo miawo portet
lo agrika ca nino rapide voket
lo doma piku lo domo piku videt
kel pomas li navos verdun kavale verdu sub sekvent
lo flua vetu li ninos voket
bala junu miawo rapide jutet
lo libra lo auto videt
ca nina junu lo balo portet
ca miawa kietu navo hodie jutet
lo oma junu lo rego amet
ca auta lo hundo lo hunde sub sekvet
li agrikas altun ca miawo vokent
ca rega ca rego cai flues int sekvet
ca auta ca urbo voket
kel miawas vetun ca kavalo ament
li fluas arbo trovent
kavala kietu kavalo lasu ofte sekvet
kavala lasu lo fluo denove obset
ca arba ca leraro ofte obset
kel ninas cai ninos sekvent
lo bala junu cai navos hodie sekvet
lo auta ca miawo grandu rapide portet
ca flua kel libros voket
doma li autos pikun ca bale kietu post obset
ca bala lo nino nave kun lante amet
cai regas ca urbo lasu arbe int ofte ament
ca urba lo domo hodie voket
li pipas verdun lo miawo hodie vokent
cai autas verdun lo miawo jutent
ca hunda kel hundos videt
flua kel pipos videt
lo nava domo obset
ca agrika li pipos kietun lante videt
lerara piku li damos amet
kel navas ca horto lasu pome int ament
lo lerara vetu cai ninos sekvet
lo auta pipo miawe apud sekvet
cai libras fluo lo agrike grandu int hodie obsent
cai fluas ca nino vokent
nina cai pipos grandun kel lerares post obset
li hundas ca nino lo nave piku apud ofte vident
ca arba kel navos vetun portet
cai damas cai miawos denove vokent
libra nino lasu lante amet
kel arbas lo rego obsent
li pomas kel pipos trovent
li hundas ca balo altu portent
kel miawas lo miawo vetu hodie ament
cai domas cai fluos pikun denove trovent
ca arba felu balo lante jutet
lo bala cai fluos portet
ca lerara cai autos rubun voket
horta ca leraro portet
doma verdu ca pomo voket
lo poma leraro grandu jutet
kel regas lo rego vident
li hortas li autos lasun ament
cai hundas lo pomo vetu dome apud jutent
cai hortas pikun lo omo trovent
lo arba felu li agrikos altun lo hunde piku kun videt
miawa junu agriko kel lerares altun int voket
ca arba libro denove portet
kel miawas verdun li regos ca lerare post ament
ca rega ca miawo lante amet
cai ninas grandun cai urbos urbe kun jutent
cai kavalas rubun lo fluo rubu ament
ca nina li agrikos grandun lo pipe int portet
cai navas kietun ca balo portent
ca libra verdu ca miawo piku voket
lo auta verdu balo ca nave apud jutet
miawa kel ninos felun ca bale post lante trovet
ca pipa junu ca domo altu dome kun hodie amet
lo miawa vetu kel agrikos felun rapide amet
lo auta altu li miawos voket
kel navas li fluos ca pome piku sub ament
ca pipa lo navo lasu ca ome kun portet
hunda kavalo voket
li pipas verdun lo libro jutent
lo hunda rubu cai hortos felun videt
kel kavalas kietun lo domo hodie vident
auta li damos sekvet
rega altu damo portet
libra nino li omes felun kun sekvet
oma pipo voket
ca oma felu lo omo ca dome apud ofte amet
ca nina rubu libro hodie portet
agrika li pomos rubun jutet
cai pomas lo navo trovent
pipa li ninos portet
urba verdu li pomos sekvet
lo rega cai fluos lante jutet
lo urba felu ca navo li dames kun portet
cai arbas urbo vident
kel pipas li miawos vetun lo ome post lante vident
rega kel urbos junun ca libre int amet
rega horto piku ca dome apud jutet
ca doma felu li miawos kietun rapide amet
ca miawa altu ca agriko piku lo dame lasu kun portet
kavala junu urbo lo pome apud voket
ca auta lo domo altu sekvet
kavala cai urbos felun trovet
li pomas lo nino vetu li domes sub ofte portent
lo agrika felu li navos lo urbe rubu post obset
cai leraras felun kel omos lante sekvent
cai urbas urbo lasu lo flue sub lante jutent
li balas ca pipo vident
nava lasu ca pipo rubu obset
pipa cai pipos altun bale apud videt
poma lasu kel leraros kietun ome felu int portet
rega pipo altu videt
lo arba libro denove voket
lo nava altu ca leraro grandu trovet
lo hunda pipo kietu voket
li libras lo pomo piku portent
ca lerara grandu ca fluo li arbes apud portet
bala vetu cai fluos grandun lante videt
li regas ca balo vident
lo agrika junu ca navo cai autes rubun kun trovet
ca hunda kietu kavalo vetu voket
li omas lo arbo trovent
rega lasu ca rego lante jutet
ca urba felu kel leraros lasun trovet
lo agrika kel hundos vetun ca kavale apud obset
kel fluas lasun kel omos kietun vokent
li hundas cai damos grandun obsent
kel libras rubun li fluos ament
cai miawas damo kietu ament
kel agrikas verdun lo leraro obsent
lo hunda piku lo libro amet
kavala piku ca pomo grandu portet
urba ca navo grandu voket
ca flua verdu li kavalos rubun ofte jutet
lo nina cai pipos lasun ca libre kun sekvet
miawa verdu pomo videt
ca urba cai balos ofte jutet
li leraras cai arbos vokent
li balas cai damos altun kel pipes altun int ament
lo bala li kavalos li hundes kun videt
lo kavala vetu li agrikos grandun jutet
li agrikas damo sekvent
ca bala li omos portet
li omas kietun kel pipos ament
kavala agriko vetu rege altu sub hodie portet
cai hundas ca domo ament
lo miawa cai domos felun cai nines kun lante videt
lo arba ca auto jutet
lo agrika li navos amet
cai regas balo kavale post rapide jutent
ca dama lo pipo felu portet
lo arba kel agrikos voket
cai omas domo junu hodie trovent
kel arbas junun lo nino trovent
li leraras ca arbo obsent
oma ca domo obset
lo pipa arbo hodie sekvet
cai fluas balo sekvent
urba navo obset
lo rega urbo voket
ca urba ca damo lante amet
cai agrikas ca pomo ca dome post hodie vokent
li hortas altun ca kavalo ament
li hortas cai balos rubun sekvent
lo doma kel damos altun jutet
cai navas felun lo omo ament
libra felu lo damo obset
lo oma vetu lo miawo trovet
oma kietu cai pipos lasun libre felu apud videt
pipa ca damo denove videt
cai balas kel balos lante vident
lo oma kietu ca auto flue apud voket
lo oma altu ca omo cai lerares apud portet
lo pipa felu damo sekvet
urba kietu ca fluo hodie jutet
oma junu miawo piku trovet
ca lerara grandu kavalo junu voket
kel fluas li autos vokent
lo nina felu cai agrikos trovet
kel domas kietun lo domo kietu jutent
lo lerara kel damos trovet
ca nina kel damos kietun kavale felu sub sekvet
lo hunda lo agriko rapide trovet
ca urba navo ofte voket
cai ninas li navos portent
kel hortas li leraros vokent
lo hunda junu miawo videt
lo dama navo lo pipe kun trovet
li kavalas altun lo domo piku ofte sekvent
kel libras lo damo ca pipe grandu sub portent
lo pipa vetu ca miawo videt
li agrikas ca miawo verdu ca nine verdu post rapide portent
kel domas fluo obsent
kel kavalas cai damos verdun rapide sekvent
lo pipa vetu cai navos li flues verdun kun sekvet
li leraras felun balo ament
ca miawa kel balos lasun lante videt
ca rega li domos hodie obset
ca flua li pipos lasun obset
li leraras lasun ca nino li flues verdun kun portent
lo libra ca fluo junu lo flue int portet
cai libras rubun ca leraro junu vokent
cai regas lo urbo junu ca rege sub jutent
ca poma grandu ca balo ca pipe kun trovet
lo hunda lo nino vetu amet
li urbas cai damos junun cai hundes post sekvent
li damas li regos vident
lo nina cai regos cai hundes altun post jutet
kel regas junun kel omos altun trovent
lo dama verdu li arbos pikun ofte amet
rega ca balo rubu amet
li pipas cai domos grandun ofte sekvent
kel fluas pomo rapide obsent
lerara lo hundo verdu rapide sekvet
lo urba cai fluos denove sekvet
doma altu arbo videt
ca bala vetu lo rego kel miawes lasun kun hodie jutet
ca agrika ca auto horte kietu sub amet
cai arbas rubun ca navo vetu jutent
cai arbas vetun auto vokent
cai agrikas damo portent
lo oma miawo junu obset
li balas lo rego vokent
cai domas felun li urbos kietun aute verdu int sekvent
cai fluas ca libro ca hunde post sekvent
ca miawa piku lo omo rubu rapide voket
kel damas rubun lo leraro ofte sekvent
li navas li ninos rubun rapide portent
lo auta rubu kel hortos amet
li pipas grandun cai arbos ca miawe rubu int jutent
nina lo hundo piku obset
kel agrikas lasun ca arbo vetu cai libres apud jutent
libra ca rego cai urbes grandun apud videt
kel urbas miawo jutent
ca pipa kel navos videt
kel fluas lo omo ament
oma lasu ca pomo junu cai domes junun apud jutet
cai domas felun ca leraro li dames post ament
cai autas altun kel leraros altun hodie sekvent
arba piku omo denove voket
lo agrika lasu kel autos sekvet
lo lerara junu lo libro cai domes kun sekvet
ca lerara felu lo agriko grandu portet
ca kavala kel autos kietun ca pome junu kun amet
cai urbas ca rego kel dames kun obsent
bala lo arbo vetu ofte amet
lo lerara kel hortos kel kavales felun kun hodie sekvet
li damas lo auto rubu vokent
hunda urbo kel hortes post voket
ca pipa lo fluo lasu jutet
lo poma junu lo urbo lasu trovet
ca nina lo navo piku kavale apud denove jutet
ca dama ca leraro vetu hodie amet
kel damas kel balos dame apud portent
kavala ca domo altu denove voket
cai miawas li libros altun lo rege piku sub lante jutent
kel autas arbo junu vokent
ca rega lo pomo ofte sekvet
bala junu arbo rapide sekvet
cai hortas pomo ofte trovent
kel urbas altun kel leraros li naves int obsent
li regas kietun lo agriko grandu hodie portent
li agrikas kel miawos grandun portent
kel balas lasun ca libro jutent
kel autas pipo li dames apud trovent
li regas pipo denove sekvent
ca urba lo rego ofte voket
li omas verdun li kavalos vetun rapide jutent
cai pomas li regos portent
li urbas ca miawo hodie obsent
lo pipa junu lo navo junu kel reges felun sub ofte obset
kel pipas ca nino rapide sekvent
kel navas kietun ca auto grandu ament
hunda auto vetu kel hortes post jutet
kel fluas vetun lo horto lante trovent
cai omas lo damo ament
lo hunda ca pipo rubu denove sekvet
ca lerara li arbos trovet
lo miawa kel ninos grandun videt
lo miawa piku lo navo hodie voket
lo bala kel agrikos nave lasu sub voket
ca lerara miawo trovet
cai hortas grandun lo navo trovent
lo doma cai damos portet
auta kietu leraro lo nave piku int rapide amet
lo nina verdu lo libro grandu nave apud sekvet
cai ninas li kavalos felun hodie vident
lo nina vetu lo urbo rapide voket
nina kel urbos ca libre post obset
arba ca omo altu trovet
li omas navo altu urbe vetu int jutent
cai pomas felun auto lo dome int sekvent
cai urbas altun lo horto felu sekvent
lo lerara kel pipos obset
kel pipas lo navo vokent
ca urba ca agriko grandu portet
lo poma li hortos junun obset
oma ca nino portet
cai domas altun cai regos junun vokent
dama li hundos dome lasu kun ofte trovet
kel omas li hundos altun lo bale kietu post obsent
lo arba piku lo miawo lante trovet
li autas lo kavalo vokent
li fluas junun cai leraros lasun lante vident
lo rega verdu kel pomos jutet
ca nava lo balo kel nines sub amet
cai domas ca omo vokent
ca nava li damos lante obset
ca kavala kel navos dame kun amet
lo arba rubu li agrikos kietun portet
horta lasu cai ninos ca dame apud trovet
li omas ca hundo nave apud ament
li navas verdun leraro sekvent
kel damas kietun cai miawos ament
lo hunda rubu kel fluos li bales sub jutet
ca poma verdu li libros grandun kel arbes post voket
arba rego dame rubu apud obset
kel domas li miawos cai nines pikun post vokent
kel navas lo agriko lo ome verdu post ament
lo rega li kavalos voket
cai pomas kietun li hortos pikun ament
auta junu lo agriko voket
agrika vetu cai balos pikun rapide amet
ca doma felu cai agrikos li libres rubun int rapide videt
li agrikas lo pipo lasu ca libre piku kun rapide obsent
urba li navos jutet
ca nava rubu li damos amet
li urbas lo miawo lasu nine post obsent
li pipas vetun li pipos rubun ament
li pipas cai fluos grandun ament
kel navas lasun lo horto trovent
lo dama ca urbo rubu ofte trovet
li navas cai kavalos vokent
ca lerara omo verdu agrike felu sub amet
cai damas vetun kel omos portent
li navas lo omo felu portent
ca horta kel domos cai naves vetun post sekvet
lo flua lasu cai damos lasun ofte jutet
cai pomas vetun kel kavalos lante jutent
kel agrikas ca damo felu ament
ca pipa kel miawos ofte trovet
oma grandu horto li lerares post obset
cai kavalas lasun lo arbo junu vokent
ca arba ca fluo obset
lo miawa altu arbo denove trovet
li libras lo hundo kietu ca flue lasu apud hodie portent
hunda lo navo flue vetu sub hodie jutet
urba rubu kel autos hodie portet
miawa junu lo libro portet
lo lerara verdu ca libro grandu lo rege verdu kun denove trovet
ca horta li urbos li omes sub voket
kel agrikas ca miawo denove obsent
flua kel domos rubun rapide amet
pipa li hundos felun voket
pipa li leraros pikun amet
lo rega vetu li leraros jutet
cai hortas cai regos junun portent
lo nava grandu ca kavalo felu hodie videt
li pomas lo damo ament
lerara kel domos verdun kel autes junun apud jutet
lo libra grandu ca pipo trovet
kel kavalas omo dame altu kun trovent
li regas ca kavalo kietu lo flue sub denove trovent
kel ninas kietun kel ninos sekvent
li autas ca omo arbe vetu post sekvent
lo agrika lo agriko verdu ca ome verdu sub hodie amet
lo oma cai regos ca bale post rapide jutet
lo agrika cai domos jutet
kel pomas lo damo ca flue vetu apud portent
urba kel pomos lo urbe int amet
li kavalas nino grandu rapide sekvent
ca flua ca pipo rapide obset
lerara lasu kel urbos pikun sekvet
lo kavala kel damos obset
hunda ca navo amet
li hundas verdun ca urbo ca pome int ament
arba altu lo fluo altu lo rege int lante videt
kel balas rubun lo urbo ofte jutent
bala verdu ca navo amet
lerara cai fluos felun videt
kel pipas kel hundos junun jutent
kel hundas lo rego ca aute apud denove vokent
libra cai libros pikun cai pipes sub obset
ca rega kietu ca nino dome kun trovet
li hundas verdun ca hundo verdu dome apud vokent
ca doma cai pipos ca bale int sekvet
lo oma kel regos hodie jutet
ca libra verdu lo omo ca agrike int sekvet
nina ca agriko altu ca miawe kun videt
lo rega li agrikos cai autes kun jutet
kavala ca pipo li reges altun sub voket
cai pipas li kavalos grandun lo lerare verdu apud lante vident
poma kel domos rubun horte int jutet
ca libra lo kavalo lasu jutet
nava piku kel leraros amet
ca bala kel damos vetun kel hortes pikun kun sekvet
cai kavalas verdun cai kavalos sekvent
lo poma piku kel hundos rubun ca ome kun hodie jutet
li domas li miawos miawe vetu sub trovent
li hundas ca leraro felu ca ome apud vident
kel autas felun cai pomos vident
miawa ca navo rapide videt
ca flua lo auto pipe int amet
cai urbas kietun hundo ca rege sub ofte trovent
miawa lo nino kietu cai hortes post lante amet
ca pipa vetu li hundos hodie jutet
auta rubu fluo rubu kel pipes verdun apud hodie amet
li balas grandun ca omo rubu sekvent
ca nina hundo vetu amet
cai damas vetun kel balos vokent
li damas arbo junu li pipes verdun kun sekvent
kavala ca omo altu li nines int jutet
lo auta vetu li agrikos felun li hortes verdun int sekvet
oma grandu hundo grandu portet
cai ninas lo nino portent
li hortas lo domo arbe post trovent
miawa cai miawos denove voket
auta lasu rego portet
li leraras pikun lo arbo dome apud trovent
li leraras li urbos kel arbes kun obsent
ca pipa cai kavalos kel naves vetun kun videt
kel balas pikun lo damo portent
kel damas vetun li arbos arbe apud rapide jutent
nava ca auto altu voket
cai leraras lo leraro lasu vident
kel ninas navo vident
lerara lo urbo rubu lante jutet
dama ca pomo lo miawe sub videt
li pomas vetun li arbos vokent
lo urba ca libro lasu lo pome felu int trovet
ca bala domo junu voket
cai damas vetun cai ninos rapide jutent
lo doma auto videt
ca libra kel autos rubun ca urbe lasu apud lante amet
cai hortas rubun kel domos vident
ca dama cai regos hunde apud rapide jutet
lerara verdu ca agriko altu lo aute kun videt
kel balas hundo jutent
li arbas ca libro jutent
lo auta ca hundo trovet
lo flua piku arbo portet
cai omas lasun lo hundo denove obsent
ca doma kel libros ca arbe grandu kun voket
lo hunda kietu lo auto altu kel domes kun voket
ca libra ca auto kel arbes int obset
ca nava pomo junu portet
lo libra felu lo kavalo vetu hodie portet
lo flua ca libro altu sekvet
cai autas li agrikos vident
lo miawa lo auto lo horte junu apud denove voket
lo doma urbo denove voket
cai balas lo fluo rubu obsent
lo agrika rubu lo omo felu sekvet
kel pomas lo leraro jutent
li pomas grandun lo domo hodie obsent
ca lerara junu cai leraros junun kel arbes grandun kun rapide portet
ca libra altu hundo rubu denove videt
lo auta ca auto li reges post denove obset
li pipas lo miawo obsent
oma arbo amet
cai domas cai agrikos lasun vokent
lo libra ca hundo kietu lante voket
pipa ca balo li pipes grandun post trovet
li leraras lo kavalo verdu hodie vident
cai leraras lo arbo sekvent
cai damas cai hortos cai hortes altun post jutent
kel urbas ca pipo rubu aute sub vokent
ca horta lo damo junu voket
cai libras junun ca leraro rubu kavale post portent
ca pipa ca damo amet
lo auta cai kavalos pikun ca urbe kun voket
ca pipa lo kavalo verdu hodie trovet
lo hunda kietu lo navo cai miawes rubun int amet
cai pomas vetun lo libro kel reges altun int hodie sekvent
ca urba kel pomos ca flue sub ofte trovet
libra lasu lo nino ca arbe int rapide videt
kel urbas cai omos vokent
lo pipa lo domo videt
cai navas li regos obsent
urba verdu li navos jutet
kel agrikas damo obsent
li navas verdun kel pomos ca rege grandu post vident
poma vetu li hundos portet
lo libra ca horto jutet
lo nina piku lo hundo altu ofte jutet
kel urbas lo miawo lasu lo aute post denove trovent
ca horta grandu lo rego videt
ca lerara piku li kavalos kietun jutet
doma ca fluo vetu portet
kel autas lo agriko kietu denove ament
horta kavalo rapide sekvet
ca bala ca libro kietu jutet
kel hortas junun navo felu li hortes felun apud obsent
lo urba lo domo rubu voket
lo nava arbo voket
cai ninas pikun li libros jutent
li ninas altun li fluos lo libre altu int sekvent
kel libras rubun arbo li urbes sub vident
bala cai domos kel miawes rubun int hodie obset
lo arba damo grandu jutet
lo libra grandu ca navo videt
li autas navo lo horte kun trovent
poma altu damo lo flue sub rapide voket
ca nava ca pomo trovet
kel kavalas ca rego kietu nine sub ofte obsent
cai fluas grandun kavalo obsent
ca urba kel damos vetun li omes kun hodie videt
lo kavala fluo piku amet
ca pipa ca agriko grandu lo pome lasu post obset
kel autas li damos verdun trovent
lo auta kel omos felun videt
lo horta kietu cai fluos ca miawe int rapide portet
kavala vetu agriko verdu videt
li autas ca navo altu trovent
ca nava lo arbo felu voket
lo kavala kel agrikos lasun obset
doma verdu ca omo kel autes int trovet
miawa felu damo portet
oma lasu cai leraros lasun voket
miawa kel miawos altun videt
ca doma kel ninos ca flue kun portet
lo rega ca libro trovet
li domas li navos trovent
urba lo omo ca dome rubu int ofte obset
ca kavala li fluos pome junu kun rapide videt
lo pipa felu ca kavalo portet
ca lerara ca omo piku ca pome kun obset
kel domas cai kavalos cai lerares apud ament
li domas li libros vident
lo lerara lasu li agrikos cai agrikes post hodie portet
cai hortas kel omos cai kavales kun trovent
ca auta li hortos lo nine sub videt
ca lerara piku ca arbo trovet
lerara lo balo lasu jutet
cai navas lo hundo vetu ament
ca miawa kietu rego jutet
ca hunda ca nino vetu ofte amet
ca doma cai fluos junun voket
lo hunda grandu li regos felun ca ome apud hodie amet
lo dama ca agriko rubu rapide jutet
kel hortas cai fluos rapide trovent
libra grandu li domos obset
cai pomas li autos rubun trovent
poma verdu cai leraros rapide videt
kel urbas ca arbo agrike lasu int rapide sekvent
hunda agriko piku lerare verdu int amet
cai pomas ca pomo verdu obsent
kel damas vetun ca kavalo verdu sekvent
lo agrika junu lo agriko rapide portet
bala kel pipos hodie portet
hunda verdu ca miawo lo urbe piku apud sekvet
cai autas altun kavalo piku hodie jutent
cai arbas horto kietu obsent
ca oma li agrikos voket
ca hunda navo videt
auta junu li omos trovet
kel autas verdun li navos lo nave sub vident
li agrikas lasun miawo li kavales kietun post sekvent
kel hortas lo agriko lo horte post jutent
ca kavala lo kavalo felu kel lerares kun hodie jutet
cai arbas vetun ca agriko lasu kel miawes int ofte obsent
ca agrika navo cai omes grandun int trovet
li regas lo kavalo sekvent
flua ca fluo junu lante voket
li pomas rego pome apud ament
libra junu li libros trovet
ca pipa kel agrikos grandun obset
ca miawa ca pipo rubu kel libres sub jutet
cai urbas lo fluo lo nave post sekvent
li leraras lo arbo ament
cai miawas cai damos verdun jutent
lo rega ca agriko ofte voket
cai hortas felun lo rego altu kel hortes kun ofte obsent
cai regas cai balos li kavales rubun apud denove sekvent
dama cai agrikos pikun denove jutet
li hundas grandun lo domo vetu rapide portent
kel agrikas grandun omo lasu rapide obsent
ca hunda verdu li ninos grandun urbe altu post ofte videt
nava kel hundos vetun obset
kel domas kel autos cai omes kietun int ofte vident
ca horta lo leraro ofte amet
kel omas ca kavalo kel agrikes post hodie sekvent
lo arba leraro rubu trovet
cai agrikas lasun lo urbo piku kel flues sub denove vident
flua junu ca domo altu rapide voket
miawa kel miawos verdun ofte portet
lo hunda lo domo jutet
kel autas lo damo ament
lo hunda cai regos hodie videt
cai hundas lo agriko verdu sekvent
lo flua cai urbos felun voket
ca bala agriko kietu lerare int lante portet
kel hortas ca auto hodie portent
kel leraras felun hundo felu jutent
miawa domo lante voket
lo agrika ca navo urbe piku post portet
ca hunda ca pipo grandu denove videt
ca hunda ca pipo rubu voket
kel damas libro obsent
li agrikas felun auto rubu cai miawes kun portent
lo urba junu ca fluo obset
kel urbas li kavalos rapide vokent
ca arba fluo lo lerare post obset
urba junu ca miawo vetu lante voket
li fluas felun li libros vokent
li navas felun ca miawo ca kavale junu int vident
doma lasu lo omo rapide voket
cai damas urbo altu li pomes post denove portent
lo oma grandu ca horto portet
auta junu damo miawe sub sekvet
lo bala ca navo videt
li ninas auto lante trovent
lo nava felu lo hundo ome post jutet
cai fluas lasun ca domo ament
nava cai balos hodie jutet
miawa kel leraros ofte obset
kel hundas ca navo portent
cai arbas kietun ca fluo piku sekvent
lo rega lo navo lasu jutet
cai balas leraro ament
ca hunda kietu lo omo altu obset
li domas altun domo piku pome kun rapide jutent
bala auto hodie trovet
ca libra grandu fluo grandu ome apud videt
kel pipas vetun ca pomo obsent
ca auta cai urbos felun voket
ca rega ca fluo li autes vetun kun videt
kel urbas balo flue sub sekvent
cai regas altun agriko denove obsent
li fluas lo hundo vident
ca poma piku lo hundo voket
ca horta felu ca horto lante obset
ca urba ca urbo amet
rega rubu damo rapide videt
oma kel regos amet
cai hundas cai navos kietun portent
oma lo omo cai naves int obset
lo kavala lo hundo felu hodie sekvet
ca nava ca nino trovet
ca urba ca nino altu ca horte post sekvet
lo dama ca pomo jutet
lo rega ca pomo lo ome int ofte videt
urba junu ca hundo lasu hodie portet
li autas felun cai hundos vident
ca agrika li libros ca arbe sub ofte obset
kel pipas cai miawos vokent
kel kavalas vetun lo nino vident
ca pipa ca pomo kavale post hodie amet
libra kel kavalos vetun sekvet
kel pipas li pipos denove vokent
kel pipas pikun leraro vetu portent
kel regas ca balo trovent
lo urba grandu cai damos portet
arba felu lo omo lante portet
lo poma lo horto felu lo nine kietu kun jutet
li ninas lo hundo vetu obsent
ca miawa rubu miawo ofte portet
cai fluas kel balos li naves int sekvent
lo horta kel damos lo dome sub trovet
oma grandu ca omo felu videt
lo rega li regos kietun cai omes apud rapide sekvet
cai fluas ca nino denove sekvent
dama rego rubu sekvet
cai kavalas kel regos trovent
bala horto pipe piku kun denove amet
cai agrikas cai omos verdun lo pipe kun portent
li miawas damo rubu sekvent
kel regas li fluos junun rapide portent
nina li leraros grandun denove videt
kel arbas li omos rapide ament
li libras junun cai domos denove ament
ca rega vetu omo vetu ofte portet
lo agrika kietu kel fluos videt
li regas junun ca arbo cai hundes kun sekvent
li hortas rubun libro vokent
lo urba vetu lo rego voket
li urbas kel domos altun lante sekvent
li miawas verdun agriko kel hortes sub vident
ca flua li balos cai pomes int hodie trovet
ca bala navo ofte sekvet
cai omas vetun ca pipo li pipes int sekvent
lo auta li fluos hodie sekvet
lo nina agriko denove amet
li balas verdun rego junu portent
arba lo navo lasu portet
li balas fluo lasu vident
lo horta li hortos lasun obset
cai regas junun lo hundo ofte portent
ca kavala junu ca pomo rubu hodie obset
kel autas kel balos lo dame kun hodie jutent
bala junu cai pomos verdun kel autes sub ofte portet
lo miawa ca damo amet
lo auta lo domo ca nine felu apud voket
cai kavalas ca agriko obsent
kel ninas kel balos rubun hodie ament
ca horta piku lo miawo cai flues junun apud jutet
ca dama cai domos lante obset
lo dama horto felu sekvet
lo miawa kel domos pikun sekvet
lo nava cai miawos jutet
lo kavala ca fluo rubu ca lerare altu int trovet
lo rega felu rego li naves grandun int voket
arba ca balo lasu jutet
cai arbas li agrikos pikun vident
kavala kel balos pikun trovet
ca miawa piku ca balo grandu hodie trovet
kel hortas junun ca rego piku ca rege verdu post obsent
lo kavala li autos rapide amet
li kavalas cai pomos lo ome apud lante sekvent
li miawas rubun lo urbo vokent
rega piku cai fluos portet
lo horta lo miawo obset
ca oma piku kel navos junun aute apud lante trovet
ca arba lo rego altu lo hunde post videt
li urbas hundo jutent
lo nina piku rego vetu rapide trovet
ca auta rubu ca agriko obset
lo flua pipo rapide jutet
ca auta lo omo nine grandu apud trovet
flua verdu lo libro jutet
urba rubu li regos altun obset
li leraras pikun kel agrikos trovent
lo poma lo urbo amet
cai hundas agriko piku ca nine sub jutent
li balas li urbos kel flues sub jutent
lo lerara verdu li miawos kel pipes post voket
li urbas altun ca leraro jutent
lo kavala kel agrikos lo rege post voket
arba li libros cai pipes post voket
kel pipas felun omo portent
miawa ca pomo ofte obset
libra kietu li pomos ca bale apud sekvet
li agrikas altun lo fluo rubu cai urbes post sekvent
flua grandu kel miawos rubun amet
li urbas cai hortos lasun lo nine apud jutent
ca agrika ca domo verdu lante videt
cai hundas lo arbo grandu ca urbe kun vokent
ca rega cai arbos jutet
arba kel libros vetun sekvet
ca flua kietu kel domos cai pomes junun sub trovet
lo rega lo horto ofte trovet
lo lerara junu kel leraros amet
lo bala li domos lo flue lasu sub amet
ca lerara altu lo horto ca pome felu apud hodie jutet
lo miawa kel arbos sekvet
lo auta kel hortos hodie voket
lo agrika li urbos pome sub sekvet
lo hunda kel urbos amet
li urbas li navos sekvent
ca auta rubu cai hundos verdun ome kun amet
lo pipa grandu ca leraro rapide amet
cai hundas li urbos junun obsent
lo urba li libros felun portet
ca horta lo pipo lo kavale kietu kun sekvet
nina kel urbos lasun videt
lo lerara lo urbo piku hodie voket
lo nina junu hundo vetu ca bale sub videt
pipa libro voket
lo nava li regos jutet
ca nava agriko vetu li nines junun kun rapide amet
cai kavalas horto felu trovent
li miawas cai fluos obsent
oma cai regos junun cai arbes pikun int portet
kel pomas verdun ca agriko altu portent
lo nava ca hundo cai arbes felun kun ofte videt
lo pipa verdu li miawos hodie voket
ca horta lasu lo horto obset
ca bala grandu navo jutet
li libras kel miawos junun li domes kun obsent
lo nava altu omo ofte trovet
ca miawa grandu ca pomo sekvet
lo nina verdu lo agriko trovet
hunda piku li regos denove amet
lo auta piku lo miawo altu voket
lo pipa nino felu lo lerare kun denove voket
li libras rubun ca leraro vetu trovent
li hundas li kavalos hodie vokent
kel regas altun li agrikos kavale kun vident
ca agrika leraro kel domes pikun sub ofte videt
nina li agrikos sekvet
cai hortas li regos kel urbes apud vokent
ca urba li fluos hodie jutet
cai balas kietun kel omos cai urbes post ament
li leraras ca domo kietu portent
lo rega piku ca navo jutet
lo miawa horto lante sekvet
cai arbas ca pomo rubu ca rege kun denove ament
kavala cai regos vetun cai flues int denove trovet
ca nava rubu nino obset
libra junu cai damos voket
poma ca pipo voket
lo rega cai omos cai omes verdun sub obset
cai ninas lasun lo miawo kietu sekvent
cai kavalas junun ca nino kel kavales lasun sub sekvent
li pipas pikun cai omos rapide vident
cai navas lo nino verdu hodie portent
kel libras felun rego piku ament
ca bala junu lo omo grandu sekvet
lo auta fluo felu portet
kel regas ca pipo vetu vokent
ca auta domo amet
pipa libro obset
ca oma cai navos junun denove voket
ca agrika ca fluo felu trovet
li urbas kavalo jutent
li balas cai regos grandun cai pipes sub lante vokent
li regas ca horto junu kel lerares apud hodie trovent
ca dama ca hundo lo kavale lasu post voket
ca kavala cai kavalos junun hodie trovet
kel agrikas ca kavalo sekvent
kel agrikas li kavalos felun vokent
lo doma lo urbo felu pome rubu post portet
lo dama cai navos lo dame post jutet
lo oma lasu kavalo kietu ca kavale apud jutet
li navas lo urbo piku hodie portent
li regas cai omos vetun obsent
cai pipas junun li ninos vetun li hortes sub ament
horta altu domo altu ofte videt
cai navas li urbos lo aute post ofte ament
lo pipa grandu ca navo obset
pipa ca fluo lasu lante obset
li leraras li urbos junun hunde vetu kun obsent
ca agrika li pomos jutet
kel leraras lo kavalo sekvent
bala li domos amet
kel libras rego cai agrikes post vident
lo hunda lo pipo portet
cai miawas ca miawo kietu hodie vident
kel hortas altun kel fluos portent
li regas altun lo omo junu denove vident
li damas li ninos lo nine int lante trovent
ca rega ca pipo kel libres post jutet
cai fluas lo hundo lo agrike sub obsent
cai pomas kel navos bale post vokent
ca nava grandu lo agriko cai nines post amet
lo pipa cai pipos rapide voket
ca auta rubu ca nino kel naves int sekvet
nava vetu omo videt
kel damas pikun fluo rubu rapide vident
lo libra piku lo nino felu obset
li autas agriko piku kel hortes apud vident
ca pipa ca pipo lante sekvet
dama kel libros ca aute sub sekvet
kel domas ca balo ament
bala ca kavalo kietu pipe apud rapide voket
lo auta damo sekvet
ca libra ca pipo kel bales rubun post videt
cai damas altun li leraros verdun ament
cai regas pikun ca agriko rubu ca dame post sekvent
ca arba cai agrikos ca dome kun jutet
lo hunda lo rego vetu hodie sekvet
li fluas rubun ca kavalo rapide jutent
ca rega kel kavalos portet
lo libra kietu kel leraros trovet
cai omas altun ca pipo kel bales pikun int vident
ca urba ca rego rubu miawe junu post sekvet
ca horta cai autos altun trovet
bala pomo lo horte sub videt
cai urbas cai autos hodie vident
ca pipa junu kel navos obset
ca poma cai navos felun sekvet
ca hunda felu ca libro lasu voket
ca libra lasu hundo lasu obset
cai pomas verdun li navos rapide trovent
lo agrika omo li lerares apud lante jutet
cai leraras kietun pipo vokent
lo nina grandu kel autos rubun lante portet
ca kavala piku lo auto voket
cai arbas cai urbos kietun vident
ca flua junu cai leraros cai agrikes lasun apud trovet
lo horta lo horto grandu obset
kel leraras lo omo lasu cai reges pikun kun obsent
ca pipa cai navos cai hundes sub denove videt
cai pipas ca horto junu arbe junu int vident
ca doma li ninos vetun ca bale vetu kun sekvet
ca hunda rubu cai pomos li miawes rubun apud rapide videt
cai miawas lo navo verdu lo libre junu post ofte sekvent
ca oma urbo felu denove voket
lo horta piku ca balo amet
lo hunda ca omo junu videt
ca poma cai autos portet
cai domas cai fluos rubun vokent
cai ninas pikun cai urbos sekvent
lo miawa ca nino lo agrike rubu kun portet
ca auta lo arbo lasu ca aute sub rapide videt
li pomas pipo obsent
kel pipas grandun kel ninos lo miawe lasu kun ament
ca kavala ca leraro jutet
lo dama vetu ca arbo trovet
kel domas junun kel hundos cai urbes kun sekvent
lo miawa ca pomo altu amet
kel ninas kel omos grandun obsent
lo hunda grandu ca pipo cai nines sub trovet
lo nava kel hortos lo pome vetu int ofte voket
cai leraras kavalo ca nine int vokent
rega rubu ca nino portet
lo hunda lo domo cai arbes kietun apud videt
cai autas kel leraros vokent
ca hunda ca nino rubu hodie obset
lo dama lo damo lo lerare post voket
lo urba kietu lo rego trovet
lo poma cai miawos cai lerares int videt
lo pipa ca miawo jutet
cai damas omo altu rapide ament
cai miawas verdun cai domos kel naves post ament
ca nina altu ca urbo ca rege post rapide voket
ca arba lo agriko portet
ca rega pipo felu sekvet
li omas kel omos rubun urbe kietu apud ofte sekvent
lo urba vetu nino kietu lo libre vetu apud obset
ca pipa cai balos grandun videt
oma ca balo ofte obset
kel pomas junun kel agrikos ofte jutent
li agrikas cai regos verdun ca dame int ament
ca rega omo voket
li ninas lo pomo lo dome apud sekvent
kel kavalas lo pomo jutent
ca pipa ca leraro voket
dama ca libro li hortes verdun post sekvet
lo flua rubu ca pipo rege lasu kun hodie videt
nava cai arbos grandun portet
lo dama lo horto felu kel hundes sub amet
lo lerara ca fluo lo flue altu kun videt
li regas lo omo ca aute piku int ament
lo auta rubu urbo trovet
ca urba li arbos lasun lo pipe verdu sub denove obset
ca agrika li balos verdun trovet
cai balas lo urbo lante portent
urba rubu ca omo libre apud obset
lo miawa kietu pomo junu obset
ca lerara cai pomos voket
lo agrika verdu auto rubu hodie amet
li libras balo junu trovent
ca lerara lo damo kietu trovet
cai omas grandun ca nino sekvent
cai hundas altun kel hortos ament
li miawas kel regos grandun flue piku sub jutent
ca oma cai balos li pomes kietun int hodie portet
kel navas ca leraro trovent
lo arba li omos jutet
miawa li kavalos voket
flua piku li pomos junun jutet
urba ca urbo voket
kavala pipo urbe lasu kun trovet
libra agriko altu li reges felun apud portet
li omas vetun cai ninos pikun hodie trovent
ca oma li arbos lo arbe grandu sub hodie obset
cai autas rubun kel kavalos trovent
arba kel agrikos felun hodie obset
ca dama fluo obset
oma cai hortos felun cai agrikes apud lante portet
ca arba kietu urbo ofte trovet
kel arbas pikun lo hundo denove vident
auta lo libro trovet
kel domas lasun pipo trovent
li fluas kel hortos trovent
li miawas pikun cai hortos grandun kel nines lasun kun vokent
lo kavala kel navos obset
nava piku agriko kietu portet
lo bala grandu ca fluo vetu denove trovet
bala lo leraro kietu videt
lo lerara li miawos voket
cai pipas kietun ca balo vetu agrike kietu int rapide portent
li damas rubun lo hundo vetu cai hortes junun int hodie obsent
cai omas miawo rubu sekvent
cai ninas felun ca auto portent
miawa li urbos rubun ofte videt
flua grandu ca fluo cai dames kun denove portet
lo hunda lo balo ca rege felu kun videt
cai leraras ca leraro piku li omes int ofte sekvent
agrika kel domos trovet
li navas li pipos trovent
libra li kavalos pikun trovet
li domas kel pomos vident
hunda vetu ca leraro voket
ca miawa li pipos ofte voket
lo horta grandu kel ninos pikun kavale altu post portet
auta omo portet
horta lo navo denove portet
ca hunda piku ca omo junu ca rege kietu post obset
ca flua pomo grandu lante voket
li damas kel hundos ofte ament
kel pipas li pomos trovent
cai libras cai balos rubun vokent
li arbas verdun kel navos obsent
ca miawa piku li damos verdun videt
cai navas rubun kel regos nine post denove vident
horta vetu ca agriko felu hodie amet
ca arba li fluos ca urbe kun sekvet
dama felu cai leraros junun kel lerares sub videt
lo arba kavalo voket
ca lerara lo hundo junu lante amet
lo horta junu kel fluos obset
li hundas li balos felun bale kietu kun sekvent
cai domas leraro rubu jutent
kel damas kavalo vident
ca flua kavalo kel naves pikun int sekvet
kel omas rubun ca navo trovent
auta ca kavalo kietu agrike rubu sub jutet
ca auta kietu cai balos rubun li miawes sub portet
li pipas junun lo pipo vetu obsent
kel autas kietun omo jutent
li balas lo arbo grandu vokent
cai pomas vetun lo libro hodie vokent
kel hortas grandun ca domo ament
li pomas cai domos ca miawe sub denove ament
poma cai miawos rubun hodie sekvet
li kavalas lo urbo li bales kun portent
kel hortas balo hodie obsent
li navas felun lo fluo lante ament
ca nina vetu lo leraro sekvet
doma agriko felu obset
lerara altu hundo vetu ca kavale kun lante videt
kel domas cai arbos rubun ca aute sub hodie vident
ca arba ca horto trovet
miawa li miawos verdun amet
flua piku cai agrikos pikun trovet
lo poma felu lo nino lerare felu kun amet
cai miawas lasun ca pipo cai lerares int sekvent
lo bala kel regos rapide voket
lo horta kietu cai omos vetun ofte obset
kel damas verdun li urbos dome kun portent
cai urbas vetun li urbos lasun rapide obsent
cai ninas junun li leraros ament
nina piku kel kavalos ofte amet
kel leraras kel omos pome post obsent
ca horta ca auto felu jutet
kel damas junun kel fluos portent
kel miawas cai hortos verdun portent
lo oma grandu cai pipos rapide voket
cai kavalas rubun ca arbo felu hodie vident
cai balas lo rego ament
auta piku ca hundo aute int trovet
urba navo jutet
auta piku lo nino vetu videt
ca urba lasu ca damo sekvet
ca nina damo li urbes sub voket
lo miawa kel pomos kietun dome int jutet
lo hunda ca libro altu sekvet
flua lo navo cai pipes sub lante sekvet
ca hunda lo kavalo rubu li hortes post hodie jutet
lo arba lasu arbo obset
cai domas domo junu denove vokent
li ninas domo jutent
nava piku cai libros ca urbe apud lante jutet
li hundas cai miawos cai naves pikun apud hodie vokent
ca libra ca leraro trovet
kel agrikas lo pomo lo nave apud obsent
li navas leraro dame kietu sub denove portent
li navas rubun lo fluo verdu rege lasu int jutent
cai navas nino kel agrikes post sekvent
li leraras kel balos jutent
lo urba grandu lo urbo videt
rega junu li hortos voket
li arbas ca urbo lo ome post ofte trovent
kel omas lasun cai kavalos altun hunde post vident
kel leraras damo cai nines post lante trovent
lo lerara ca leraro amet
kel ninas kel navos lo libre grandu apud ofte portent
li omas damo ca libre kun jutent
li libras lo hundo kel autes sub portent
agrika grandu kel pomos hunde apud portet
li pomas cai ninos verdun rapide vokent
flua verdu li arbos felun ofte portet
lo dama arbo vetu nine kun videt
cai fluas grandun kel ninos ca pome grandu kun obsent
kel ninas rubun ca urbo denove obsent
cai pomas rego rapide ament
cai pomas grandun li navos arbe int trovent
libra altu cai hortos li omes post portet
kel omas pikun lo domo vetu ament
kel regas ca rego sekvent
cai kavalas nino junu nave junu kun vokent
ca arba lo domo trovet
cai pipas lo domo rubu jutent
cai pomas kel ninos felun ament
agrika rubu lo damo portet
li miawas kel navos ament
cai hundas ca pomo verdu cai libres sub vokent
cai urbas kel arbos verdun hodie sekvent
cai leraras felun cai regos ament
lo dama ca omo nave kietu kun sekvet
lo lerara kel pomos cai libres vetun int ofte trovet
cai ninas horto portent
lo dama ca kavalo rubu cai dames post trovet
lo nava li omos ofte portet
lo poma altu kel leraros vetun trovet
agrika kel leraros ome apud sekvet
cai libras rubun cai agrikos kietun obsent
kel agrikas pikun ca leraro rapide vident
bala urbo trovet
cai agrikas grandun ca domo dame kietu int hodie obsent
ca horta agriko ca aute sub videt
cai regas pikun lo pomo piku aute sub rapide trovent
lo miawa altu ca navo portet
ca auta ca nino jutet
lo lerara libro sekvet
cai hortas navo altu lante vident
li leraras cai regos trovent
ca arba ca hundo altu voket
ca auta kietu ca balo denove amet
li agrikas lo urbo grandu obsent
ca hunda li kavalos pikun videt
kel balas verdun cai autos ament
cai omas ca rego felu li hundes altun int lante jutent
ca bala rubu kel balos portet
ca doma junu kel fluos rubun voket
lo flua lo domo li lerares verdun int ofte videt
kel agrikas li balos kietun denove jutent
li autas cai hundos li arbes felun post rapide sekvent
cai kavalas ca damo verdu li reges felun sub ofte ament
li fluas kel urbos vident
li regas miawo lasu trovent
ca flua lo balo rubu li miawes post sekvet
ca oma damo rege piku post hodie obset
cai navas kel urbos vident
miawa ca pomo jutet
miawa altu ca leraro lasu trovet
cai damas kel arbos lante vident
li pipas vetun lo hundo jutent
lo kavala kel arbos verdun obset
li regas kel autos kietun ament
ca nava lasu cai agrikos amet
flua cai fluos denove voket
li miawas rubun libro ca libre int hodie ament
pipa cai ninos jutet
li damas lasun horto felu li kavales kietun kun portent
ca flua cai hortos lo agrike post hodie obset
lo nava vetu lo horto rubu obset
nava felu kel miawos amet
li pomas grandun cai hortos denove obsent
li navas felun cai leraros trovent
horta cai arbos altun voket
lo oma felu kel fluos obset
dama kel fluos denove jutet
li libras grandun li navos vetun obsent
kel regas urbo lo kavale piku kun sekvent
ca kavala arbo voket
ca poma altu ca damo grandu kel agrikes rubun sub voket
kel hundas verdun lo balo piku obsent
auta kel ninos lante obset
cai pomas lo nino kietu ofte ament
li arbas li pipos li reges post vident
lo lerara lo agriko portet
cai domas agriko vokent
auta vetu lo balo sekvet
lo miawa kietu horto nave post denove portet
bala fluo lasu videt
cai ninas felun agriko lo ome apud hodie obsent
kel libras pikun hundo cai lerares apud vident
kel miawas verdun urbo lo libre apud rapide portent
ca lerara ca balo verdu lo nave verdu sub videt
cai kavalas vetun cai damos ofte jutent
pipa junu ca kavalo vetu portet
li leraras leraro kietu lo miawe int vident
ca horta vetu cai pipos lasun li libres altun post voket
lo libra nino rubu amet
cai regas ca nino felu jutent
ca flua ca navo grandu trovet
cai damas grandun cai fluos sekvent
li navas li pipos rubun vident
auta ca miawo altu cai nines felun apud jutet
lo poma verdu agriko kel reges sub videt
ca flua verdu kel omos sekvet
kel balas grandun arbo agrike sub sekvent
lo poma grandu kel damos pikun amet
cai ninas li ninos sekvent
dama balo vetu rapide videt
kel kavalas junun cai regos altun cai dames felun kun obsent
horta vetu cai balos sekvet
ca pipa ca pomo kel libres post denove trovet
auta damo lo libre kun amet
horta ca auto piku li bales felun int amet
kel kavalas altun li regos felun lo horte kun sekvent
kel fluas ca fluo obsent
kel omas lo agriko kietu vident
doma cai kavalos voket
li agrikas damo lante jutent
li arbas vetun lo kavalo lasu trovent
ca oma vetu miawo rapide trovet
cai balas verdun kel kavalos rapide jutent
lo pipa lasu kel ninos hodie amet
ca nina cai domos lasun hodie obset
lo nina cai libros altun obset
kel hortas ca kavalo vident
lo kavala grandu li leraros voket
ca flua grandu lo navo hodie amet
libra lo horto hodie portet
ca oma verdu ca nino voket
arba li hortos lasun kel pipes post voket
lo agrika piku li leraros lo libre piku apud obset
lo agrika kietu cai ninos rapide jutet
cai domas lo miawo lo kavale kietu apud vident
li damas grandun cai damos lasun jutent
li navas altun nino altu ca ome grandu sub obsent
li damas kel libros grandun kel agrikes sub portent
lo hunda felu ca fluo voket
ca hunda cai regos rubun jutet
dama cai damos li miawes felun apud sekvet
lo doma lasu ca miawo piku obset
li ninas felun miawo verdu sekvent
li pomas altun kavalo vokent
cai pomas li omos verdun ca urbe int ofte ament
ca bala lo miawo grandu horte kun jutet
cai domas lo omo denove ament
lo poma lasu rego miawe piku int trovet
li hundas ca navo rapide sekvent
lo nina piku kel ninos kietun obset
li omas li miawos kietun rege altu apud ament
urba ca agriko miawe kun obset
lo kavala ca auto li agrikes int videt
lo arba rubu lo leraro sekvet
ca urba ca agriko kietu amet
ca auta altu lo balo videt
doma li agrikos nave felu int videt
kel hundas ca navo trovent
ca horta lo domo ofte videt
poma vetu leraro vetu cai hundes lasun kun voket
lo bala altu ca balo li bales apud ofte trovet
lo dama rubu cai pomos sekvet
ca rega piku li domos voket
horta ca pomo lo flue int amet
ca bala cai leraros hodie obset
cai domas altun urbo denove portent
cai ninas lo miawo junu cai kavales apud vident
ca urba hundo videt
kel regas ca fluo grandu cai miawes lasun kun ament
rega junu nino obset
li hundas felun pomo verdu ament
arba ca omo rubu denove sekvet
cai hundas felun kel hundos rubun nine junu apud vident
cai hundas lo nino trovent
lo nava verdu auto junu lo pome int voket
pipa cai kavalos kietun rapide voket
kel balas junun pipo grandu li miawes lasun int ament
lo poma lo pomo hodie jutet
lo doma miawo felu voket
cai pomas pikun kel leraros li lerares junun int denove portent
li balas ca omo lo pome vetu post vokent
li hortas lo rego pipe post trovent
cai hundas ca fluo kel omes kietun sub sekvent
lo poma ca libro grandu trovet
lo doma vetu kel hundos hodie portet
li navas lo agriko kel urbes grandun apud ament
ca libra cai hundos denove portet
kel damas ca urbo rubu bale apud portent
cai kavalas cai miawos lasun denove trovent
agrika felu li agrikos felun ca hunde altu apud portet
li urbas kel agrikos flue kun jutent
li urbas rubun lo pomo rubu li urbes pikun apud lante sekvent
lo agrika kel miawos portet
ca oma cai hortos altun amet
ca poma kavalo ca horte int trovet
li arbas li balos vetun kel domes int trovent
lo hunda kietu li hortos junun cai autes kun rapide obset
lerara libro sekvet
ca doma kel libros amet
lo nina cai hortos ofte jutet
lo auta altu cai autos videt
poma balo hunde sub sekvet
lo bala cai damos kel lerares lasun apud hodie amet
cai arbas kietun ca auto rubu hodie jutent
dama kietu ca agriko piku portet
kel libras lo balo trovent
nina altu libro hodie voket
ca poma rubu urbo libre vetu sub portet
dama felu li arbos flue int voket
auta rubu ca agriko vetu lante portet
lo miawa arbo rege int voket
ca flua kietu damo hodie portet
ca rega ca pomo vetu cai nines post hodie amet
li domas cai pipos ament
lo poma ca rego lante amet
ca poma lo hundo sekvet
li agrikas agriko li kavales sub vokent
ca pipa cai ninos lo nine post denove trovet
kel urbas cai fluos trovent
li arbas lo kavalo obsent
kel regas horto jutent
cai regas ca agriko lasu ament
cai regas kel balos vokent
cai kavalas cai miawos vetun rapide vokent
pipa piku miawo li kavales junun int ofte portet
cai balas ca balo trovent
pipa li pipos lasun denove sekvet
cai damas felun lo balo obsent
li hundas kel leraros pikun urbe post jutent
lo horta kel domos amet
kel navas lo arbo trovent
ca oma felu ca nino kel bales felun post videt
lo poma lo omo kel nines post jutet
cai domas grandun li hundos vident
cai regas lo miawo hunde apud trovent
li miawas grandun cai hortos vetun lo arbe sub hodie obsent
kel omas ca leraro sekvent
lo bala felu cai urbos rapide obset
cai arbas lasun leraro jutent
kel miawas junun li balos ca hunde verdu post trovent
cai leraras ca kavalo denove portent
lo hunda cai balos hodie videt
lo agrika cai omos ca dome verdu kun jutet
arba verdu ca rego nave post trovet
nava cai urbos altun voket
nava vetu lo miawo kietu hodie voket
cai agrikas ca horto jutent
cai fluas kietun kel libros cai omes vetun int trovent
li fluas kel urbos sekvent
ca miawa felu lo horto lasu videt
doma rego obset
urba kel arbos hodie obset
kel miawas lo kavalo ca horte sub sekvent
ca rega cai fluos vetun rapide jutet
li pipas pikun lo rego vokent
kel regas cai miawos grandun ca dome kun ofte portent
kel hortas li agrikos jutent
cai domas junun damo ca dame grandu int ament
kel autas vetun lo pipo kel reges kun lante jutent
ca kavala kietu nino felu kel naves kietun int ofte trovet
lo pipa li navos jutet
li arbas junun cai libros rapide portent
cai hundas cai miawos lasun kel hundes int denove trovent
kel omas vetun kel fluos jutent
kel damas lo libro verdu li domes apud denove jutent
poma urbo cai dames pikun post amet
poma piku kel autos altun obset
cai kavalas altun lo miawo trovent
li autas kel omos lasun cai bales apud portent
ca bala ca horto denove trovet
urba li libros rubun trovet
kel navas ca pipo pipe int vokent
lo bala kel ninos lante sekvet
kel ninas rubun lo arbo altu ca arbe int obsent
lo poma cai arbos jutet
li pomas balo lo agrike altu kun vokent
lo pipa rubu kavalo voket
kel hundas li fluos felun portent
lo lerara verdu ca kavalo portet
arba kel leraros vetun rapide portet
kel libras li domos ament
lo libra cai arbos hodie amet
ca lerara li fluos rubun jutet
lo auta vetu kel pomos jutet
lerara ca pipo obset
cai libras junun ca miawo sekvent
ca nina nino ofte videt
lo doma grandu lo hundo lo aute altu kun jutet
li navas rubun hundo obsent
ca miawa lo balo ofte sekvet
nina ca damo sekvet
ca lerara grandu lo rego hodie sekvet
ca arba kel libros felun lante obset
cai domas lo omo ca dome altu post trovent
kel omas lo horto vokent
cai kavalas grandun li hortos pikun ament
ca agrika felu lo miawo trovet
lo hunda ca agriko cai reges kun amet
lo miawa lo pomo felu videt
kel omas verdun ca omo piku kel arbes vetun kun vident
ca doma ca domo sekvet
lo flua grandu ca urbo nave sub videt
cai pipas navo kel omes post vokent
nava libro rubu rapide obset
cai omas felun lo pomo piku sekvent
kel navas pipo verdu ofte vokent
cai domas grandun cai miawos grandun vident
ca doma kietu cai arbos rapide videt
kel libras rubun kel pomos vetun ament
doma lasu cai agrikos verdun ca aute lasu apud hodie sekvet
ca pipa vetu kel navos voket
lo poma piku li leraros voket
cai leraras pipo li agrikes apud jutent
ca urba lo leraro miawe piku apud portet
kel fluas junun kel omos ament
urba cai fluos hodie sekvet
li libras rubun ca leraro ofte vident
li kavalas pikun lo pipo lo agrike vetu int obsent
kel urbas cai autos junun obsent
li pomas rubun li damos rapide vident
pipa cai urbos junun lante videt
li kavalas lo horto junu jutent
dama navo ofte amet
cai hortas kel libros li omes apud portent
li urbas kel urbos sekvent
li navas kel fluos vokent
lo miawa cai kavalos pikun portet
li pipas ca leraro vokent
li arbas altun lo hundo obsent
kel arbas pikun kel navos lasun portent
cai hortas ca navo ament
lo horta kel autos junun trovet
cai navas verdun li pipos lante ament
ca libra kietu li urbos vetun obset
rega cai damos portet
lo pipa fluo voket
li regas lo pipo piku denove vident
cai libras cai navos vetun sekvent
arba cai hundos grandun ca nave junu apud obset
ca horta kel arbos lante sekvet
cai fluas altun ca kavalo vetu kel lerares rubun apud jutent
lo nina felu ca libro lo arbe lasu kun voket
li libras rubun damo ament
lo agrika ca agriko sekvet
lo nava cai agrikos amet
cai autas kel leraros li flues kun hodie vokent
ca lerara lo balo junu ca horte post sekvet
ca poma li omos felun lo dome apud sekvet
ca doma rego jutet
kel pipas lo damo trovent
pipa felu fluo verdu amet
kel arbas junun ca omo kel autes post obsent
ca flua agriko trovet
lo doma lo navo vetu trovet
cai navas lo navo trovent
lo doma ca pipo lasu voket
nava li pomos videt
ca horta ca balo piku videt
ca horta kel pipos ca urbe int ofte portet
ca miawa ca arbo hodie portet
cai pipas grandun cai balos denove trovent
ca dama altu libro sekvet
ca flua verdu li pomos altun lo nine junu post rapide videt
lerara piku ca rego cai pomes apud ofte sekvet
ca bala agriko rubu li dames post denove voket
ca nina lasu lo navo lo lerare altu sub obset
ca poma verdu lo balo kietu ca pipe kun denove voket
kel ninas altun navo verdu ament
lo lerara kavalo piku amet
li domas vetun libro li naves junun apud trovent
nava ca horto felu cai hortes int denove jutet
poma kel omos portet
lo libra lo auto altu lo lerare kietu kun amet
ca poma ca libro portet
li domas lasun libro sekvent
rega kavalo kel pipes grandun kun jutet
lo poma felu cai libros videt
ca rega cai autos kel hortes lasun int jutet
kel miawas kel arbos hodie trovent
cai libras li pomos junun kel urbes apud jutent
kel urbas lo agriko felu sekvent
li agrikas arbo grandu rapide portent
li ninas pikun omo grandu kel arbes post lante sekvent
li leraras grandun lo pipo obsent
lo bala lo libro piku jutet
ca dama lasu nino rubu ca nine felu kun amet
agrika verdu li hortos denove portet
lo flua grandu cai leraros vetun hodie portet
cai pipas lo horto kietu portent
oma lo horto li arbes post portet
cai arbas rubun ca miawo verdu portent
lo arba junu kel urbos grandun portet
cai pipas cai leraros kel libres lasun apud vident
cai libras kel agrikos felun portent
ca flua li regos junun obset
nava vetu ca rego sekvet
ca arba verdu urbo piku lo urbe grandu kun sekvet
miawa li regos hodie videt
pipa verdu cai hortos ca dame sub lante amet
pipa miawo denove sekvet
ca agrika libro vetu amet
cai regas rubun lo miawo vetu vident
lo flua kel pipos videt
kavala kietu lo agriko portet
lo doma junu fluo amet
lo dama ca agriko sekvet
kel hundas li arbos pikun hodie ament
lo lerara grandu lo hundo junu trovet
horta kietu kel leraros ca agrike int obset
lo kavala li hundos ca nine int videt
kel domas pomo lasu lante vident
ca kavala grandu ca leraro sekvet
ca hunda felu ca pipo sekvet
lo miawa li balos grandun sekvet
lo dama felu lo urbo lasu ca bale rubu post obset
ca dama rego ca bale kun obset
lo dama piku pipo ca hunde sub amet
cai urbas lo horto piku obsent
ca nina arbo lante videt
li libras li fluos grandun kel reges kun ament
lo oma kel damos trovet
kel pomas cai domos sekvent
lo auta lo pomo lante portet
lo urba kietu ca leraro lo hunde piku kun rapide jutet
lo hunda lo omo vetu jutet
lo kavala cai domos ofte videt
lo hunda kel autos voket
ca libra junu kel navos cai miawes altun sub jutet
li kavalas grandun ca auto lasu portent
kel miawas hundo ca lerare kun lante trovent
li pomas altun miawo vetu ca flue apud lante sekvent
ca hunda rubu pomo lasu nine apud portet
kavala horto verdu sekvet
li hortas ca nino ca nave kun portent
lo poma fluo portet
cai urbas li arbos trovent
li arbas li libros felun ament
li leraras kel miawos kietun vident
rega altu ca domo nave sub portet
urba vetu kel domos hunde rubu kun hodie amet
kel miawas lo rego grandu ament
ca arba ca kavalo piku li bales kun denove sekvet
kel kavalas pikun ca leraro vokent
lo rega cai arbos altun rapide amet
lerara cai hundos denove trovet
cai pomas lo horto rubu trovent
ca lerara altu cai domos amet
kavala piku kavalo felu ofte obset
kavala li pipos amet
lo nava felu kel leraros verdun portet
doma kel miawos sekvet
nava kel hortos lo kavale post jutet
kel regas ca horto lo bale piku sub denove sekvent
ca poma rubu lo auto obset
cai autas hundo ca miawe apud sekvent
cai omas ca urbo ofte portent
pipa rubu li miawos cai naves junun sub videt
ca hunda cai autos felun videt
cai navas kavalo sekvent
lo bala ca damo li miawes post portet
ca miawa li urbos kietun amet
lo dama ca leraro denove voket
li hortas cai fluos altun vokent
li pipas rubun lo hundo altu hodie sekvent
lo urba altu li damos kietun jutet
dama kel autos altun amet
cai leraras pikun ca kavalo lo ome lasu int portent
urba li kavalos lante amet
li pipas lasun li damos lante ament
ca bala vetu rego ofte sekvet
kel kavalas cai libros vetun sekvent
ca lerara kietu cai regos amet
li navas rubun lo navo lo horte grandu post trovent
cai ninas li balos obsent
ca oma lasu kel autos sekvet
ca nina omo kel omes int amet
ca kavala ca urbo cai bales kietun int portet
dama damo rubu videt
kel libras ca domo hodie jutent
ca hunda junu arbo denove sekvet
ca pipa lo pomo lasu ca lerare int videt
lo auta balo felu rapide trovet
pipa grandu li miawos felun obset
li regas ca damo jutent
kel pipas miawo vetu kel miawes grandun int sekvent
li miawas kel arbos vident
ca arba kel agrikos lasun obset
lo rega kel hundos pikun obset
ca nina felu cai pipos amet
agrika verdu horto vetu ca kavale kun jutet
lo urba junu lo arbo sekvet
kel leraras lo libro lo agrike kun trovent
ca pipa kietu kel kavalos grandun voket
horta lasu ca kavalo amet
li damas agriko ofte sekvent
cai urbas li leraros denove vident
lo urba li damos rubun videt
li pomas ca omo ofte ament
cai regas rubun li omos jutent
oma kietu li autos amet
lo kavala verdu lo libro piku portet
cai miawas vetun ca leraro vident
kel pipas altun lo agriko felu vident
hunda lo damo li pomes post amet
poma verdu lo rego felu videt
ca hunda grandu miawo kel hortes apud denove portet
lo miawa altu li libros obset
ca dama lo pipo kietu kel hundes post lante trovet
poma ca nino voket
li navas kel omos li autes sub denove portent
cai autas lo pipo altu jutent
nava ca leraro ca pipe kietu post jutet
cai navas li urbos ament
oma cai kavalos grandun trovet
ca libra lo pomo nine kietu int trovet
kel balas kel regos pikun kel hundes sub vokent
cai autas ca rego kietu rapide trovent
lo dama verdu rego rubu kel lerares pikun apud videt
ca kavala kietu lo hundo ofte obset
lo libra li fluos denove voket
bala cai miawos sekvet
cai miawas kel miawos jutent
ca hunda lo urbo piku li naves int jutet
ca flua verdu ca arbo lante portet
cai navas lo pipo obsent
ca nava lo agriko portet
lo oma vetu cai kavalos ofte portet
kel libras li damos kel reges post sekvent
kel hundas pikun damo kietu lo arbe post sekvent
li regas kel leraros obsent
ca flua lo hundo vetu voket
li libras pikun fluo li hundes int trovent
lo rega junu ca horto lante obset
cai urbas pikun li pomos junun jutent
lo flua rubu cai damos kavale kietu sub jutet
lo kavala li arbos junun rapide jutet
lo poma li balos ca arbe int amet
li urbas lasun lo pomo lasu vident
lo libra li balos voket
lo bala altu kel damos lante videt
lo lerara lasu kel hundos junun portet
cai fluas pomo obsent
lo libra lasu hundo junu ca urbe junu kun trovet
ca oma li balos obset
li pipas junun domo obsent
cai pomas junun auto obsent
li pipas arbo obsent
ca oma ca urbo altu voket
cai pipas kel regos portent
lo hunda ca urbo jutet
arba lo auto verdu jutet
ca auta li fluos rubun videt
cai balas ca pipo hodie vokent
lo pipa rubu lo agriko grandu hodie portet
li navas vetun li kavalos ament
lo pipa ca horto vetu li bales junun kun hodie jutet
poma vetu ca libro lo bale int amet
ca dama ca domo felu obset
lo libra lasu lo fluo piku kel hundes felun post amet
lo bala piku auto vetu li pipes post amet
ca lerara kavalo rubu lante trovet
pipa lo omo grandu trovet
oma piku li hundos obset
libra ca rego sekvet
dama kietu kel balos jutet
li arbas ca auto vetu ament
doma kel omos obset
lo horta altu omo lante amet
ca pipa grandu cai autos portet
li regas lo kavalo piku jutent
ca auta kel arbos altun lante amet
rega junu lo pipo lante voket
lerara lo balo grandu libre int hodie amet
horta kel navos junun denove videt
auta junu ca fluo sekvet
auta lo arbo felu lo ome apud amet
kel autas pikun auto rubu ofte obsent
ca pipa ca pipo lo pipe post videt
kel ninas pikun lo hundo pipe verdu apud rapide trovent
li pipas ca miawo trovent
ca libra cai fluos trovet
cai hortas verdun kel agrikos kel arbes apud jutent
cai fluas li miawos li omes int obsent
kel ninas verdun li urbos lasun ofte obsent
auta vetu kel libros verdun voket
cai pomas lo fluo altu ofte vokent
ca oma ca auto rubu videt
kel damas navo grandu ofte vokent
lo pipa grandu li navos obset
ca oma ca hundo denove voket
ca miawa damo cai urbes apud jutet
ca nina navo amet
cai fluas rubun ca leraro vetu jutent
lo doma piku lo navo grandu cai urbes int amet
cai domas altun lo miawo hodie sekvent
kel hortas pikun ca arbo denove ament
kel leraras cai fluos vident
pipa hundo cai hortes kun sekvet
kavala felu lo urbo portet
kel autas junun ca urbo flue sub ament
lo rega lo navo portet
cai fluas lo libro cai urbes felun int obsent
rega li domos ofte trovet
lo urba li libros felun cai pipes kun lante obset
kel balas libro li reges lasun sub ament
li miawas lo kavalo portent
lo poma li damos sekvet
miawa junu lo nino junu voket
cai ninas ca kavalo sekvent
ca doma felu li autos verdun obset
ca bala piku cai balos libre kun voket
miawa ca hundo denove portet
ca nava kel ninos verdun cai pomes rubun sub jutet
agrika li damos libre post amet
ca bala ca libro voket
ca miawa pomo li libres sub sekvet
kel autas verdun balo rapide vident
lo poma urbo hodie portet
lo libra kel agrikos grandun sekvet
ca miawa ca fluo grandu amet
ca nava lo damo cai arbes kun rapide obset
ca kavala ca hundo rubu cai autes rubun post ofte obset
ca nina felu lo urbo altu ofte voket
li agrikas junun kavalo hodie jutent
li domas kel ninos lasun lante jutent
kel miawas cai kavalos rubun hunde post jutent
li pipas grandun cai libros rapide portent
cai fluas verdun miawo grandu ament
li hundas verdun damo ca urbe grandu sub sekvent
cai balas vetun ca nino jutent
ca hunda ca miawo altu urbe apud portet
lo hunda altu ca balo voket
cai pomas lo domo trovent
lo flua rego grandu rapide sekvet
lo nina ca libro verdu li miawes junun int denove voket
lo horta lo navo verdu rapide trovet
lo nina grandu cai agrikos kietun ofte portet
ca poma altu kel autos trovet
kel balas kietun urbo ca aute int denove portent
lo bala vetu cai regos rapide voket
ca nava cai pomos lo rege verdu post portet
lo flua kel leraros portet
cai kavalas ca kavalo lasu portent
lo nina vetu ca horto kel reges felun sub videt
lo auta lo pomo portet
lo pipa vetu ca pomo obset
ca bala li miawos hodie voket
cai fluas leraro vetu rapide ament
kel damas kel domos ofte portent
ca urba lo pipo nine lasu sub lante obset
ca pipa hundo junu portet
kel hundas lo hundo verdu ca dome post portent
ca agrika cai libros kietun lo dome altu kun portet
lo urba lasu li arbos videt
nava vetu ca urbo junu ca aute rubu sub trovet
ca auta lasu lo kavalo voket
ca auta rubu fluo portet
hunda vetu ca fluo lo hunde felu int trovet
li domas balo trovent
cai miawas li omos li reges lasun kun sekvent
cai pomas kietun lo damo lo agrike lasu post vident
ca kavala omo obset
lo doma cai ninos grandun ome sub voket
cai damas grandun kel kavalos junun rapide trovent
kel pipas lasun li omos lo pipe int vident
kel navas lo nino lo arbe piku post ofte ament
kel damas vetun cai autos rapide jutent
lo kavala ca fluo pipe post rapide voket
ca horta kel balos amet
lo poma kel libros kavale grandu post rapide amet
kel autas lasun kavalo obsent
lo flua verdu rego obset
ca doma altu li regos lo arbe kietu sub denove sekvet
libra li fluos lasun lante trovet
oma li leraros sekvet
li urbas vetun rego grandu aute sub jutent
lo dama piku damo jutet
li miawas urbo rubu vokent
lerara ca urbo vetu denove portet
lo libra altu urbo jutet
kel libras pikun nino vetu kel libres int lante ament
cai ninas grandun cai hundos junun kel flues sub obsent
li miawas cai damos lo nine apud vident
ca nava verdu cai regos sekvet
cai pipas ca damo ofte sekvent
kel libras fluo rubu trovent
kel ninas lo libro ofte sekvent
kel omas rubun ca balo altu jutent
ca pipa vetu kel hortos pikun sekvet
cai leraras lo domo jutent
lo nina cai leraros lo urbe kietu kun voket
ca horta kel pipos lasun lo pome kun amet
ca nava vetu pomo vetu videt
li regas kietun ca balo piku lo bale post hodie ament
lo rega felu kel hortos lo pipe altu apud jutet
lo rega li hundos felun hodie portet
cai hundas lo agriko trovent
li damas damo sekvent
oma junu lo nino altu cai kavales altun sub jutet
kel hortas auto vokent
lo rega felu cai omos verdun lante sekvet
nava verdu li miawos junun amet
ca pipa rubu pipo videt
lo urba lasu auto cai autes kun ofte videt
lo kavala libro rapide sekvet
kel fluas cai domos kel urbes felun kun sekvent
kavala miawo vetu rapide videt
ca nava grandu ca libro videt
kel kavalas ca horto vetu lo horte sub portent
libra kel navos jutet
li domas rubun kel miawos rapide trovent
ca nina verdu kel domos lante portet
lo urba felu li hortos pikun denove videt
kel omas pikun li autos lante sekvent
lo arba vetu cai autos portet
kel pomas kietun cai omos ca aute lasu int trovent
ca urba cai fluos videt
libra omo jutet
ca bala urbo denove obset
miawa li miawos trovet
ca dama kel regos ca horte kietu kun trovet
kel omas vetun rego felu portent
li urbas grandun lo damo kietu li omes rubun apud vokent
li hortas pipo ofte obsent
kel ninas felun ca pomo junu portent
ca nava grandu kel fluos verdun lante amet
kel balas kietun ca kavalo vident
agrika kietu ca arbo rapide amet
arba grandu kel regos altun lo rege int rapide portet
pipa li autos amet
ca nina grandu kel urbos junun ca hunde int videt
li pipas verdun horto ca bale grandu int trovent
ca nina lo miawo ca nine kun sekvet
doma lo pipo ca urbe vetu sub amet
kel pipas junun lo navo trovent
cai balas vetun li pomos hodie trovent
nava vetu cai hortos junun hodie voket
pipa lo auto grandu obset
flua lo balo jutet
rega grandu arbo pipe int denove sekvet
li leraras vetun urbo obsent
cai regas kel arbos sekvent
lo nina altu lo domo voket
li damas verdun kel pomos vokent
kel arbas li leraros ca urbe altu int rapide portent
ca poma verdu li balos videt
li autas cai damos jutent
kel agrikas grandun agriko kietu cai libres post portent
kel pipas cai agrikos verdun lante ament
ca arba kel damos kietun rapide voket
lo poma lo pipo lasu ca urbe post lante amet
lo pipa verdu li urbos obset
cai damas kel leraros vetun ca dome apud portent
cai urbas leraro rapide vokent
li hortas li libros grandun rapide trovent
li kavalas pikun kel regos altun obsent
ca miawa cai navos junun videt
horta vetu kel hundos lerare post amet
kel pipas vetun kel pipos lasun portent
flua cai autos lante sekvet
lo nina li domos ca lerare felu int hodie obset
ca lerara piku ca agriko aute sub denove jutet
cai hundas lasun lo domo altu denove sekvent
ca auta grandu ca kavalo kietu lo horte lasu kun denove voket
cai agrikas ca pomo grandu ament
nina ca arbo ca nine int amet
ca bala kietu cai autos grandun amet
kel hortas lo balo li naves verdun kun rapide ament
nina kietu hundo lante sekvet
li hundas verdun pipo vokent
agrika kel damos pikun rapide voket
cai balas li domos lo kavale kietu post sekvent
agrika vetu li navos lasun ca dame kun portet
kel pipas verdun cai damos trovent
horta ca nino lasu trovet
li pipas lo fluo jutent
pipa cai ninos obset
lo miawa cai miawos pikun videt
ca poma ca fluo grandu jutet
cai pomas lo pomo hodie obsent
lo hunda kel fluos lo bale sub sekvet
cai miawas altun kel ninos kel bales sub ament
li arbas balo rubu denove portent
kel agrikas verdun ca agriko junu ament
ca lerara pipo lasu hodie trovet
arba kietu rego junu sekvet
lo miawa kietu cai fluos lante amet
oma vetu li damos voket
li agrikas lasun cai hundos dome apud portent
cai hortas cai regos sekvent
lo kavala fluo rubu denove jutet
kel hortas cai miawos lasun li reges altun apud sekvent
cai kavalas vetun kel damos rubun li nines rubun post ofte portent
li pipas kietun lo nino lo bale kun hodie vident
bala li pipos lo urbe kietu sub amet
ca rega lo fluo lante amet
lo agrika lo arbo cai agrikes int rapide portet
lo doma rubu ca domo kietu lo nine verdu apud voket
cai miawas kel hortos ament
ca doma ca miawo obset
ca dama ca damo junu jutet
ca horta lo horto li arbes kun portet
ca horta ca auto junu sekvet
li damas grandun kel urbos lasun ca nine felu post portent
lo miawa piku cai leraros vetun lante portet
cai domas kel kavalos junun obsent
kel hundas pikun ca domo vident
cai damas lo rego ofte jutent
miawa verdu pipo li domes apud ofte voket
pipa li fluos obset
flua ca omo felu rapide amet
ca agrika verdu lo leraro jutet
ca urba ca libro altu jutet
cai urbas kietun kel damos denove obsent
nava domo verdu lo dome apud portet
cai regas cai omos jutent
li omas lasun kel ninos obsent
kel kavalas vetun lo libro nave apud hodie ament
urba ca auto altu lo nine apud amet
kel libras altun cai damos grandun kel bales grandun kun trovent
lo doma lo hundo hodie videt
libra verdu kel autos lasun jutet
cai fluas kietun miawo horte int portent
li omas li urbos rege sub portent
lerara lo libro junu cai reges rubun int sekvet
cai libras altun lo rego kietu vident
ca dama li urbos arbe kun rapide videt
horta piku damo jutet
nina ca pomo agrike apud voket
lo kavala kel hortos miawe int lante obset
li urbas kel ninos li autes pikun apud vokent
pipa cai fluos grandun amet
ca pipa ca hundo cai hortes junun kun hodie portet
ca dama kel autos junun kel hortes kun lante amet
lo miawa altu ca agriko junu trovet
cai autas junun kel pipos lo lerare int jutent
ca hunda miawo lo lerare kietu post amet
lo agrika vetu lo libro rubu sekvet
cai arbas cai fluos pikun vident
kel arbas lo arbo ca horte junu post ofte trovent
poma balo jutet
kavala altu leraro rubu pipe int trovet
agrika grandu kel ninos grandun lo horte kun ofte trovet
lo bala li balos obset
auta altu kel kavalos videt
li ninas ca libro vetu lante vokent
ca oma altu lo agriko kietu pome kun voket
li miawas pomo rubu sekvent
li domas vetun kel pipos ca bale int vident
auta rubu cai hundos amet
kel urbas lasun li balos grandun obsent
lo auta vetu kel omos kel agrikes apud trovet
li navas junun li damos verdun portent
agrika cai kavalos denove portet
li pipas vetun li autos cai bales int sekvent
cai hundas miawo kietu obsent
kavala grandu lo kavalo piku lante jutet
lo rega lo fluo cai autes apud voket
ca doma horto jutet
oma kietu auto kietu amet
kel domas pikun lo urbo ca arbe post vokent
cai urbas junun cai arbos vident
kel pomas ca arbo junu ca arbe verdu int ofte vokent
kel autas li autos cai miawes lasun apud ament
lo arba felu cai libros verdun cai libres kun hodie videt
kel pipas kel kavalos grandun portent
lo pipa junu li arbos voket
ca pipa li fluos ca pome int rapide voket
pipa ca horto rubu ca pome lasu sub obset
lerara cai hortos dome felu sub portet
lo horta grandu kel hortos verdun videt
ca libra ca libro sekvet
hunda hundo jutet
kel leraras kel omos ofte vokent
lo doma libro trovet
cai pomas lo miawo obsent
ca hunda lasu nino ca kavale apud voket
hunda lo auto lasu li pomes sub portet
lo horta kel miawos junun videt
cai balas altun ca kavalo ca aute felu sub hodie vident
lo flua grandu kel ninos ca arbe apud rapide voket
lo nava piku cai pomos jutet
flua junu cai pipos ofte obset
ca miawa altu cai autos kietun lo arbe junu kun videt
lerara fluo cai nines sub jutet
kel kavalas verdun ca navo vident
lo flua piku li pomos rapide voket
ca flua piku kel pipos felun agrike post denove obset
cai pomas verdun cai damos verdun lante sekvent
li damas arbo piku obsent
kel fluas ca nino vident
li fluas pikun lo omo piku denove obsent
kel leraras felun auto altu ca agrike apud jutent
lo arba felu ca rego ofte portet
lo horta felu li agrikos lasun trovet
ca kavala lo miawo rubu voket
libra ca omo lo agrike kun trovet
ca flua ca miawo altu rege grandu sub amet
ca arba libro altu videt
lo arba lasu lo agriko denove portet
li kavalas lo navo obsent
nava lo kavalo trovet
li navas felun cai hortos kel naves junun apud trovent
kel ninas kel fluos jutent
cai kavalas li hortos sekvent
li damas kel agrikos trovent
ca hunda cai domos grandun sekvet
lo poma navo li nines int amet
kel leraras kavalo rubu jutent
urba lo leraro voket
li libras grandun ca horto rubu kel kavales altun int trovent
li domas junun ca horto piku li reges kietun kun hodie trovent
hunda lo libro felu lo agrike kun sekvet
lo bala ca libro voket
lo poma lo horto verdu ca arbe int trovet
kel regas kel pomos verdun jutent
cai damas lo pipo kel hortes kun rapide vident
ca oma kietu cai ninos rubun lo lerare kun trovet
lo horta lo omo kietu voket
kel omas rubun cai libros trovent
ca libra urbo ca dame felu post rapide amet
li libras felun agriko ca aute kun lante vident
kel damas arbo trovent
li leraras lo miawo rubu lante portent
nina piku lo kavalo voket
nina verdu horto lasu amet
cai leraras ca domo jutent
li pipas junun kel autos lo libre apud rapide ament
flua junu damo sekvet
ca lerara cai arbos amet
ca lerara lo domo lo pome sub lante portet
cai damas felun ca horto li flues post ofte portent
rega lo kavalo junu portet
hunda ca kavalo videt
kel miawas kel pomos vident
ca auta lo damo verdu lo miawe felu apud lante portet
ca nava pomo hodie voket
lo nava rubu li ninos portet
cai regas kietun balo altu kel domes grandun int portent
hunda lo damo obset
kel navas kel libros verdun vokent
ca doma grandu lo leraro videt
lo dama li hundos grandun portet
li agrikas grandun ca kavalo kietu vident
li fluas ca agriko lo dome sub hodie sekvent
li fluas li pipos pikun li lerares sub hodie vokent
kel ninas kel autos ofte portent
lo libra altu kel agrikos portet
lo agrika lo navo felu lante sekvet
cai navas lo hundo rapide obsent
kel ninas ca domo cai naves int portent
doma kel miawos jutet
cai balas lo urbo vetu ca lerare kun vident
kel leraras ca horto obsent
lo doma vetu omo jutet
lo auta kel kavalos rubun cai pipes post rapide portet
kel damas li domos obsent
ca libra felu li agrikos jutet
cai ninas verdun li hundos trovent
lo libra cai hortos kel pomes sub trovet
poma ca auto lasu obset
cai autas cai balos portent
lo urba felu lo pipo amet
ca nina libro trovet
kel pipas rubun ca hundo junu li flues kun obsent
lo pipa kietu ca omo jutet
li pomas felun cai pomos verdun ofte obsent
lo arba horto lasu lante videt
cai balas li autos junun kel lerares junun apud vokent
horta ca pipo obset
kel hortas vetun ca fluo cai domes apud rapide ament
ca lerara lo agriko piku kel arbes int portet
rega lo horto altu trovet
arba junu kel ninos rubun jutet
li navas ca urbo lasu sekvent
cai pipas felun domo cai hortes post portent
lo hunda vetu ca agriko sekvet
cai libras kavalo denove jutent
ca rega ca leraro rapide sekvet
ca bala lasu cai agrikos sekvet
lo agrika lo arbo junu trovet
cai ninas lo kavalo trovent
cai urbas lo leraro jutent
ca flua lo nino kietu lo urbe kun rapide jutet
lo flua lo domo kel bales int trovet
cai ninas domo rubu trovent
cai damas pomo ca miawe kietu kun sekvent
libra cai pomos kel libres post trovet
kel domas li leraros cai naves verdun int obsent
kel kavalas ca fluo ofte vokent
kel omas li hortos kel bales altun int lante obsent
li arbas cai pomos obsent
ca nina vetu cai agrikos videt
cai damas pikun ca rego vokent
kel regas lo pipo lo nine lasu apud lante portent
li arbas kel pipos lante sekvent
miawa cai agrikos denove videt
kel arbas lo rego felu lante ament
ca dama rubu li pipos lasun amet
cai agrikas kel libros denove vokent
lo miawa pomo jutet
lo nina li hortos verdun ca pipe kietu int lante voket
kel fluas grandun ca balo vetu vokent
cai fluas nino kietu obsent
lo pipa felu li hortos kel autes sub portet
ca miawa fluo sekvet
bala ca pipo lante amet
oma lo fluo videt
li pomas lo domo hunde int hodie ament
kel damas pomo portent
nava lo domo lante voket
kel leraras balo jutent
cai leraras arbo piku portent
hunda altu lo balo grandu ofte obset
cai damas kel miawos grandun obsent
li hortas lasun ca urbo sekvent
oma rubu lo pomo felu trovet
cai hundas ca pomo altu denove sekvent
urba kietu kel kavalos portet
cai domas domo rubu ca nave kietu kun jutent
ca kavala kel arbos jutet
lo nina ca omo felu sekvet
li ninas ca pipo ament
horta auto felu portet
kel domas balo lasu trovent
libra rubu ca omo hodie portet
ca poma lasu li domos ca dome int portet
cai arbas lo agriko ome kun obsent
cai domas ca kavalo vetu trovent
lo pipa cai domos lasun hodie voket
li arbas lo rego grandu ofte trovent
horta cai ninos kietun lo nave sub videt
urba cai navos felun voket
li fluas pikun lo rego verdu ofte obsent
agrika lo omo ca kavale int obset
lo nina lo arbo grandu lante videt
li hortas lo horto altu lante ament
lo kavala lo rego felu jutet
doma kel kavalos horte post amet
ca arba cai hundos dame post jutet
cai miawas pikun kel fluos ament
li autas pomo altu vokent
miawa ca fluo junu denove sekvet
cai pomas ca fluo verdu rapide vident
li pomas junun li autos dome apud jutent
ca nina kietu auto vetu rapide jutet
li regas cai hortos lo lerare int rapide sekvent
ca horta ca fluo grandu rapide voket
lo agrika lasu cai damos ca flue apud videt
kel leraras cai hundos kel agrikes post lante vident
flua ca omo kietu ca nave rubu kun videt
cai balas altun ca urbo kietu ca bale sub ofte obsent
cai libras cai agrikos lante trovent
li agrikas ca pomo lo dome int lante obsent
ca agrika ca auto rege int denove jutet
cai autas omo trovent
kavala altu kel leraros denove jutet
lo urba lo libro obset
li miawas felun lo omo cai kavales apud hodie trovent
poma felu leraro amet
li fluas li ninos ament
ca horta urbo cai miawes lasun int portet
lo hunda lasu kel domos verdun bale post hodie trovet
ca horta piku ca leraro rapide amet
cai domas lo damo li agrikes verdun post portent
cai regas cai agrikos ament
lo miawa junu li agrikos felun ca hunde piku apud videt
flua kel leraros obset
ca dama lo pomo denove obset
kel navas kietun ca agriko kietu ament
ca bala kietu navo felu jutet
lo miawa li hortos felun trovet
ca flua li agrikos kietun voket
ca lerara li hundos lasun jutet
ca libra arbo altu ofte jutet
ca dama ca urbo kietu sekvet
flua leraro lante sekvet
lo kavala cai arbos pikun portet
lo flua ca pipo videt
lo pipa ca horto obset
arba lo horto rapide videt
agrika navo cai kavales felun int hodie videt
lo lerara altu damo verdu lante obset
kel pipas cai autos kel lerares pikun int vident
li miawas kel autos rubun obsent
cai balas pikun li urbos altun vokent
li ninas felun li balos ament
ca pipa lo miawo videt
lo nava rubu ca nino verdu amet
kel navas vetun lo rego vokent
lo agrika lo libro trovet
cai ninas cai ninos grandun sekvent
lo arba piku kel urbos sekvet
lo auta cai kavalos junun trovet
li kavalas ca hundo hodie trovent
ca oma auto piku videt
cai regas ca urbo verdu jutent
kel leraras ca urbo portent
bala rubu ca kavalo obset
lo miawa lo urbo trovet
ca poma piku pomo grandu rapide obset
cai navas cai balos pikun jutent
li kavalas lo miawo cai flues int vident
ca auta kel arbos vetun obset
kel agrikas lo miawo felu hodie obsent
cai navas felun ca auto li reges grandun kun sekvent
lo rega kel navos jutet
cai agrikas kavalo altu ofte jutent
hunda cai pomos voket
pipa pomo li arbes apud amet
cai agrikas kel urbos obsent
li libras lo balo ament
hunda ca miawo hodie sekvet
cai agrikas altun lo leraro cai flues sub trovent
lo doma vetu cai domos ca kavale post voket
lo rega lo miawo portet
lo bala junu lo miawo obset
lo libra kel libros rapide trovet
li arbas vetun ca fluo grandu hodie vident
kel regas pikun damo lo libre kietu sub rapide vident
li autas verdun ca pipo vokent
ca bala li omos kietun li agrikes felun sub portet
lo dama li regos pikun lo rege kun jutet
ca poma lasu pomo rubu libre kun rapide amet
kel leraras kietun li agrikos li lerares grandun kun hodie sekvent
li hundas lasun urbo sekvent
lo lerara felu lo nino hodie trovet
arba rubu li domos junun ofte amet
ca flua verdu cai ninos videt
ca urba lo arbo kel lerares post portet
ca kavala verdu lo rego voket
lo bala pomo amet
doma cai balos voket
ca bala ca hundo lasu trovet
cai fluas ca horto grandu ca aute piku int vident
lo flua cai hortos cai naves apud voket
lo rega li domos hodie voket
li balas lo horto jutent
ca pipa ca rego verdu obset
kel balas ca arbo obsent
kel arbas felun li agrikos sekvent
arba ca urbo vetu obset
lo flua rubu lo agriko lo pome altu int obset
li libras ca miawo flue rubu post vokent
ca poma rubu miawo grandu voket
kel arbas kel fluos denove obsent
ca poma li damos amet
li miawas kietun li autos ca kavale post vokent
poma horto voket
cai urbas ca damo felu vident
lo dama li leraros kietun videt
kel leraras ca rego rubu portent
li agrikas pikun kel omos verdun cai pomes lasun int lante obsent
li balas lasun ca pomo junu kel urbes int ament
kel ninas vetun kel hundos vokent
ca oma vetu leraro hodie voket
li leraras cai hundos denove jutent
ca bala ca damo ca nave post amet
ca oma kel pomos denove jutet
kel regas lo damo piku hodie vident
auta verdu ca nino rege altu kun sekvet
li fluas lo auto vident
kavala kel leraros voket
li damas ca urbo ofte jutent
ca horta li ninos cai agrikes lasun int videt
lo auta navo junu portet
lo pipa lo libro trovet
ca doma altu lo pipo piku li domes junun apud sekvet
ca miawa lo omo rapide trovet
ca horta grandu li leraros ca flue lasu int portet
li hortas lo damo junu jutent
li miawas pikun rego obsent
auta lo leraro sekvet
flua altu li fluos portet
lo lerara li pipos vetun ca pipe apud voket
dama junu cai damos altun obset
cai fluas li pipos hodie trovent
kel domas pikun cai agrikos kel pipes apud denove sekvent
horta fluo trovet
lo nava rubu balo amet
ca poma kel regos amet
ca oma cai autos junun ca kavale grandu int sekvet
lo lerara lo nino videt
li urbas lo damo junu vident
li kavalas kel urbos lo kavale lasu post denove vident
hunda lasu kel omos felun jutet
horta junu lo horto rubu denove jutet
ca agrika vetu kel fluos lo aute int obset
cai fluas cai miawos felun vident
pipa altu agriko vetu denove jutet
kel arbas lo urbo kietu vident
lo flua lasu libro ofte portet
li hundas vetun cai ninos felun vokent
li domas pikun lo auto ament
ca pipa kietu lo kavalo vetu sekvet
ca dama verdu lo kavalo ofte obset
agrika omo amet
cai agrikas kel pomos vokent
ca poma ca hundo ca nine felu post rapide sekvet
bala nino junu voket
ca kavala lo pipo kietu portet
cai urbas li domos kel miawes apud vident
lo pipa ca fluo rubu videt
oma damo ca urbe kun ofte voket
auta kietu kel agrikos junun rapide obset
cai fluas navo piku li nines post jutent
lo auta lo leraro lasu lo hunde verdu int voket
cai regas lo horto vetu ca aute kun trovent
lo kavala ca pipo grandu videt
ca lerara lo navo hodie obset
li hundas lo rego altu ament
ca kavala kavalo amet
bala lo fluo videt
cai arbas li pomos ament
kel arbas pipo rubu cai domes altun kun vokent
li libras grandun lo arbo vokent
kel hundas li hortos jutent
cai omas pikun lo leraro li hundes post vokent
lo bala vetu lo nino lante amet
li ninas hundo cai autes int jutent
kel pomas verdun ca urbo arbe felu kun rapide sekvent
lo bala ca hundo trovet
kel autas cai autos lante vokent
agrika lo auto voket
dama kietu ca agriko lo hunde rubu kun trovet
cai libras kel autos lante vident
li agrikas hundo hunde verdu post sekvent
bala lo agriko lasu trovet
lo auta kietu li regos pipe post videt
pipa piku pipo lasu voket
ca kavala miawo nave verdu apud sekvet
urba kietu li hortos cai naves apud denove sekvet
li pipas cai fluos rapide ament
urba fluo rapide trovet
lo miawa lo auto libre lasu int sekvet
li navas grandun li navos kietun lo lerare kun ament
kel autas urbo denove sekvent
kel libras leraro altu jutent
lo kavala ca horto kietu cai urbes lasun int ofte jutet
nina li miawos cai miawes sub portet
ca nava li miawos portet
rega piku ca rego kietu rapide voket
kel leraras vetun lo auto kietu jutent
lerara rubu kel autos lasun denove portet
kel miawas ca libro verdu sekvent
lo nava kel agrikos lasun trovet
ca lerara verdu cai hortos sekvet
li autas li regos lante portent
ca nava grandu ca leraro altu ca dame kun ofte obset
li fluas libro ofte jutent
dama felu cai navos sekvet
kel fluas lo nino felu lo dame verdu apud rapide portent
nava lo balo ca flue apud rapide voket
kel agrikas kietun cai regos jutent
cai pipas lo auto trovent
ca kavala fluo horte piku kun sekvet
agrika lo libro altu agrike apud trovet
li navas hundo vetu vokent
ca rega ca balo voket
nava hundo piku cai lerares grandun apud videt
lo pipa kel pomos amet
kel domas lo balo kel kavales kietun sub lante vokent
ca miawa lo auto felu sekvet
li agrikas li kavalos jutent
lo doma pipo grandu lante jutet
lo nava arbo felu li kavales rubun kun voket
lo poma kel miawos trovet
lo kavala li hundos kel flues junun int trovet
miawa li pomos junun sekvet
ca agrika li navos urbe int jutet
ca libra verdu li fluos voket
urba rubu kel ninos denove obset
cai regas lo kavalo ofte sekvent
li urbas urbo hodie sekvent
ca miawa verdu lo damo altu kavale apud obset
ca miawa kietu kavalo amet
cai miawas ca libro cai hortes rubun sub sekvent
kel agrikas kel pipos trovent
li libras junun kel ninos felun hodie ament
poma ca agriko lante amet
lo kavala grandu kel domos li omes post videt
lo nava rubu cai leraros rubun obset
bala lo auto verdu videt
li regas kavalo vetu lo horte kun ament
kel domas junun li pomos verdun vokent
li pipas lasun li domos jutent
kel ninas altun ca arbo rapide portent
ca arba altu li agrikos altun lo aute piku sub voket
cai damas junun ca fluo rapide jutent
ca nina li autos ca hunde sub videt
cai hortas cai arbos obsent
kel ninas ca damo pome sub portent
cai damas verdun omo altu ca ome apud vokent
li kavalas junun lo kavalo ca miawe kun sekvent
cai regas vetun lo pipo portent
lo libra lasu cai hortos rubun trovet
cai arbas kel damos felun lante ament
rega ca agriko kel kavales sub denove voket
ca rega grandu ca arbo kavale int voket
lo miawa ca rego lo nine apud videt
kel domas ca miawo vident
nava junu li urbos ofte obset
lo agrika lo damo ca urbe sub trovet
ca pipa grandu urbo piku portet
lo bala ca pomo junu jutet
lo lerara lo pipo verdu rapide sekvet
kel urbas altun ca pomo ament
doma ca agriko miawe vetu apud obset
li navas felun kel urbos lo kavale verdu int rapide jutent
kel pomas cai leraros vident
li ninas kel navos vokent
horta grandu lo arbo videt
lo nava piku li kavalos felun sekvet
lo hunda li miawos rapide jutet
ca dama grandu li ninos altun lo miawe grandu int rapide obset
ca dama felu li libros altun ca flue apud denove voket
ca horta verdu kavalo altu amet
kel domas vetun agriko rapide portent
doma kel leraros pikun obset
lo arba piku cai pomos kietun li bales post obset
ca hunda lasu li arbos altun voket
lerara kel kavalos ca dome kietu apud hodie jutet
nava balo jutet
li miawas miawo lante vident
arba cai hundos lerare kun trovet
auta lo hundo vetu portet
lo arba li autos vetun kel autes int portet
ca kavala rego li pipes verdun post obset
ca poma ca agriko sekvet
lo dama hundo piku jutet
libra grandu cai regos ofte portet
cai miawas verdun navo verdu rapide obsent
ca poma kel hortos sekvet
cai autas lasun miawo altu cai lerares verdun kun vokent
ca poma lo agriko denove trovet
kel autas grandun ca arbo hunde post hodie ament
ca hunda urbo lo bale apud videt
kel ninas verdun ca pipo ofte ament
kel hundas verdun kel navos lante trovent
cai navas verdun damo trovent
kel arbas lasun lo libro vetu ca horte felu apud trovent
kel domas navo li nines apud obsent
kel domas ca omo vetu lo libre kietu post denove sekvent
nina lo leraro altu kel hundes vetun kun portet
cai balas lo omo jutent
flua altu agriko jutet
lo rega lo auto sekvet
li libras cai leraros ca agrike junu post ofte vident
lo auta verdu li omos lante videt
lo horta rubu lo omo piku portet
ca libra kel arbos amet
lo dama ca domo denove jutet
ca agrika ca damo kietu voket
lo lerara ca hundo ofte sekvet
ca kavala ca pipo sekvet
li domas junun kel balos ca hunde apud vident
lo pipa vetu kel domos junun trovet
dama cai agrikos bale sub portet
hunda ca auto piku kel kavales int obset
kel pomas kel fluos verdun ament
ca libra junu cai arbos voket
lo poma piku agriko obset
poma grandu lo miawo hodie amet
pipa rubu li ninos jutet
li urbas li pomos kietun vident
li ninas pikun ca damo vetu vident
cai kavalas ca horto kietu ament
libra kel pipos lo nave altu kun hodie sekvet
kel domas ca balo hodie ament
flua kietu lo pipo felu cai lerares apud amet
ca libra urbo portet
horta ca omo obset
ca agrika li kavalos lasun portet
cai miawas altun libro vokent
poma leraro ca flue vetu post sekvet
ca rega felu urbo videt
kel leraras ca agriko grandu bale kun sekvent
li libras lo damo li libres lasun int vident
auta lo agriko felu li autes post sekvet
ca agrika lasu hundo bale sub jutet
kel omas ca rego rubu sekvent
cai fluas li ninos ca rege int lante jutent
kel kavalas felun lo agriko sekvent
lo rega vetu kel pomos trovet
ca arba ca leraro obset
cai navas kietun li regos sekvent
lo poma cai pomos kietun amet
cai regas lo agriko kietu vokent
kel leraras lo nino junu ofte portent
ca horta vetu cai libros ofte jutet
lo agrika junu li regos vetun portet
cai arbas ca leraro altu sekvent
lo flua felu ca urbo denove sekvet
li pipas cai balos vetun lo ome post trovent
lerara li hortos ca dame kun lante portet
kel pipas lasun cai libros verdun li arbes lasun post obsent
kel leraras ca rego vetu cai agrikes apud obsent
lo arba li regos junun ca dame lasu int hodie videt
pipa cai libros kietun rapide voket
cai agrikas felun kel balos cai naves kun jutent
ca pipa li hortos verdun jutet
ca arba felu ca hundo lo pome sub ofte amet
cai fluas ca fluo rubu vokent
pipa cai pomos kietun lo agrike post videt
kavala lasu lo hundo lo dome apud videt
doma kel balos cai domes pikun int amet
ca lerara vetu li autos lo libre sub portet
li balas junun cai regos lasun li omes felun kun obsent
lo oma kietu navo vetu denove obset
kel domas kel ninos hodie obsent
ca pipa lo agriko junu jutet
lo nina vetu cai navos jutet
ca auta lasu horto junu denove portet
li autas li agrikos rapide ament
lo bala lasu ca arbo vetu lo flue post voket
ca pipa ca libro jutet
ca oma cai pomos aute sub portet
bala rego verdu amet
lo urba ca kavalo verdu voket
lerara cai miawos kietun lante portet
kel pomas grandun ca leraro altu vident
li omas grandun cai libros portent
rega kel regos kietun trovet
ca oma junu kel kavalos lante amet
kel regas lasun cai fluos vokent
cai hundas felun lo arbo ament
cai leraras rubun ca domo cai arbes kun vokent
kel arbas vetun lo horto altu rapide ament
li autas rubun ca libro piku kel agrikes lasun apud vokent
lo pipa kel libros felun ca flue vetu int videt
cai pomas li pipos lo horte kun hodie ament
cai hortas verdun damo lo dome post hodie trovent
li pipas kietun ca urbo altu lo pome felu sub trovent
ca urba ca domo voket
ca hunda leraro felu sekvet
lo lerara pipo altu lo kavale felu post portet
lo nava ca omo kel domes post ofte sekvet
dama horto verdu portet
cai pomas lo arbo altu li domes sub vident
kel navas verdun lo auto felu denove obsent
lo lerara lo agriko felu lante sekvet
ca auta altu kel leraros sekvet
flua verdu urbo jutet
miawa junu ca fluo altu ofte sekvet
horta hundo li omes apud portet
agrika piku damo altu amet
lo dama ca leraro cai urbes altun post voket
kel regas cai pipos trovent
ca arba pipo kel miawes apud voket
lo hunda lasu kel hortos amet
lo hunda kel hundos cai miawes post jutet
lo doma piku lo damo videt
li agrikas lo omo junu vokent
lo kavala lo libro lo nine apud portet
ca rega ca balo sekvet
kavala ca domo ca lerare piku post trovet
ca miawa verdu li leraros ca hunde sub trovet
miawa libro junu lante obset
ca kavala lasu li autos rubun lante jutet
lo agrika rubu ca agriko rubu hunde rubu apud portet
libra kel pomos grandun denove portet
lo nava junu lo domo urbe kun voket
kel leraras ca agriko sekvent
ca doma cai urbos li miawes rubun sub lante portet
li hortas vetun auto jutent
kel damas junun ca miawo verdu obsent
cai arbas lo miawo felu nave apud denove sekvent
cai autas ca hundo lo aute apud denove vident
ca poma leraro jutet
lo kavala kietu ca urbo lante jutet
lo auta fluo hodie portet
cai pomas lo pomo sekvent
lo kavala lo miawo jutet
cai balas damo grandu hodie vokent
lo arba li leraros li autes felun post voket
agrika agriko hunde int amet
kavala grandu kel miawos lo miawe int hodie obset
kel kavalas ca urbo trovent
ca rega altu cai leraros felun ofte sekvet
kel regas cai domos dome sub jutent
ca rega lo balo videt
li balas vetun cai fluos sekvent
ca flua ca hundo vetu li arbes kun trovet
ca urba li fluos felun dome apud voket
lo lerara kel omos rapide portet
ca kavala lasu cai pipos urbe post voket
kel arbas lasun lo balo kietu ofte jutent
lo auta lo damo li urbes altun post lante videt
li balas li pipos lante portent
poma fluo voket
ca agrika miawo felu ca pipe kietu post jutet
ca libra kel ninos felun cai miawes kun obset
dama lo damo lante sekvet
ca miawa altu li libros pikun amet
kel agrikas cai agrikos portent
lo libra ca omo ca nave int amet
lo agrika piku lo horto flue verdu sub trovet
lo miawa ca kavalo grandu amet
ca nava cai agrikos portet
libra agriko felu videt
lo libra felu lo leraro junu hodie jutet
dama cai domos cai arbes int ofte portet
ca dama ca auto altu videt
kel libras li hortos sekvent
ca poma grandu libro videt
kel urbas ca miawo junu ofte sekvent
li agrikas kavalo horte int trovent
cai pipas kel leraros grandun portent
ca flua ca fluo rubu kel kavales kun videt
kel agrikas rubun lo domo vetu hunde apud vokent
kel agrikas ca horto ca agrike felu apud lante trovent
li pomas kietun navo kietu vokent
cai arbas pikun kel regos kietun libre apud portent
ca auta kel pipos portet
lo flua junu kel hundos jutet
ca lerara kietu ca hundo amet
ca poma kietu lo domo kietu li domes post sekvet
ca urba kel libros videt
cai agrikas li autos ofte trovent
ca urba horto sekvet
cai ninas miawo vident
cai autas li omos sekvent
li damas ca fluo vokent
li pipas cai pomos denove jutent
doma lo pipo vetu lo ome sub jutet
nina li navos felun voket
cai balas cai balos bale apud rapide sekvent
kel navas leraro sekvent
li urbas li balos ofte vokent
poma ca kavalo videt
ca horta ca libro li kavales int voket
ca urba kel miawos denove videt
ca auta vetu cai pomos sekvet
li autas lo leraro ament
cai hortas lo nino ca urbe kietu post trovent
cai agrikas verdun li domos kietun portent
ca urba vetu li autos jutet
kel leraras rubun li balos kietun trovent
ca hunda lo rego verdu lo lerare int rapide voket
ca bala kel domos ca rege sub ofte videt
cai kavalas junun lo balo felu portent
lo kavala felu fluo dame apud denove sekvet
nava junu rego hodie amet
nava ca libro obset
ca doma lo pomo lante trovet
kel libras leraro felu jutent
lo lerara ca arbo junu kel naves int denove obset
ca doma lo horto altu portet
lerara kel autos kel reges grandun kun videt
ca bala kel omos cai pipes kun sekvet
li damas pikun pipo li nines junun kun ofte obsent
cai fluas ca miawo rubu lo nave felu apud rapide ament
kel domas kel autos altun vokent
dama rubu cai navos pikun voket
cai omas vetun arbo kel bales vetun post trovent
lo bala grandu ca navo kietu amet
cai regas lo auto denove vokent
flua pipo obset
ca oma lo arbo rapide obset
ca libra lo urbo nine piku apud trovet
li balas lasun kel kavalos kel pomes vetun kun ament
kel damas lo domo grandu denove sekvent
kavala agriko altu obset
ca miawa lo balo jutet
kel hortas hundo vokent
lo flua kavalo piku ca pipe grandu kun ofte portet
cai hundas ca omo cai reges apud vident
kel navas felun lo damo ca lerare kun rapide trovent
li autas junun balo junu trovent
ca urba ca pomo trovet
li omas grandun cai agrikos lasun hodie portent
ca miawa lasu pipo hodie obset
hunda lo navo vetu dome altu apud lante portet
lo pipa li miawos portet
auta lo pipo kel miawes kun lante trovet
kel miawas lo omo portent
lo hunda junu kel damos lo flue sub trovet
doma li omos grandun videt
cai arbas vetun ca arbo verdu lante vokent
poma piku kel omos cai urbes apud obset
hunda grandu balo lasu lo rege int sekvet
cai miawas ca kavalo lasu vokent
lo nina grandu ca pomo jutet
lo hunda li miawos bale int sekvet
cai regas li hortos kel omes altun int rapide vident
ca miawa grandu ca pomo felu lo arbe vetu kun lante trovet
ca nina libro sekvet
flua li omos lasun jutet
li pomas grandun ca omo vokent
kel ninas ca miawo altu rapide obsent
ca hunda kel agrikos grandun lo flue altu sub jutet
lo urba lo agriko piku portet
lo nina lo auto denove videt
lo nina junu kel hundos rapide obset
li kavalas lo hundo grandu ca dome sub denove vident
ca flua omo altu obset
ca pipa ca horto rubu lo flue junu sub lante voket
cai omas verdun kel pomos kel dames altun post sekvent
ca nava cai hundos denove portet
ca agrika li fluos altun lante trovet
lo lerara ca nino felu jutet
oma kel ninos rubun ofte amet
lo hunda kietu ca fluo videt
li agrikas junun ca auto kietu jutent
ca horta vetu li miawos sekvet
poma vetu arbo rubu ca rege junu sub jutet
ca kavala vetu kel pomos sekvet
lo horta vetu kel arbos altun trovet
lo miawa ca pipo altu portet
li fluas ca auto junu dome sub ament
cai domas junun kel fluos jutent
dama kietu nino jutet
lo kavala ca urbo li dames rubun int obset
kel domas grandun urbo ament
cai kavalas ca horto vident
ca rega ca miawo videt
lo horta lo urbo li bales apud jutet
li miawas rego verdu portent
cai domas junun ca auto ca ome sub denove trovent
cai ninas li ninos rapide portent
dama junu cai fluos voket
cai omas horto sekvent
kel hortas kel agrikos grandun lo dome int portent
li miawas lo rego piku kel domes post obsent
pipa ca omo sekvet
lo bala verdu cai navos ofte trovet
lo miawa lo auto vetu jutet
li pipas lasun cai hortos rubun jutent
kavala miawo trovet
kel hundas ca horto kel kavales kietun apud vokent
lo lerara junu ca damo junu sekvet
li omas vetun ca kavalo jutent
nava junu ca nino sekvet
li agrikas ca omo vetu hodie vident
bala kietu li balos grandun ca pipe kun obset
ca arba kel domos vetun trovet
nava lo pipo cai kavales lasun apud videt
li hundas ca auto piku kavale kun vident
horta kietu damo amet
ca nava kel balos grandun arbe piku int denove amet
flua kietu ca damo rubu nave post amet
lo dama kietu kel omos lasun jutet
lo arba piku li fluos jutet
lo poma li omos vetun voket
kel balas ca omo piku vident
ca agrika lo omo kel reges junun apud voket
ca lerara lo miawo felu jutet
libra kel hundos hodie amet
arba ca auto felu li hortes apud voket
kel fluas kel hundos portent
cai regas libro cai miawes lasun apud hodie vident
li hundas auto li flues kun sekvent
lo bala piku damo lo bale post lante sekvet
lo oma lo kavalo felu ofte videt
horta lo auto voket
li ninas miawo piku jutent
lo miawa ca miawo lasu trovet
pipa altu urbo sekvet
ca poma piku ca domo sekvet
cai leraras balo jutent
kel hortas junun li regos denove portent
cai balas li domos vident
lo nava kietu ca fluo felu lante jutet
hunda lo nino felu lante voket
li kavalas cai pipos sekvent
kel omas lo horto piku ofte vokent
cai pipas lasun lo arbo kel arbes altun sub vokent
urba ca auto sekvet
bala li pomos rapide videt
ca poma vetu rego kietu denove voket
ca horta rubu lo horto agrike int sekvet
flua miawo ca hunde kun lante voket
ca flua altu leraro lo agrike post rapide trovet
cai pipas kel kavalos altun vokent
cai ninas li damos vident
ca arba kel arbos aute int ofte sekvet
cai fluas lasun kel libros ca nine sub rapide trovent
bala lo urbo vetu lante videt
li ninas lo domo hodie vident
li miawas cai kavalos vetun vident
agrika kavalo sekvet
lo nava junu rego obset
ca rega kel navos horte post jutet
lo poma kel pomos verdun denove trovet
lo kavala lasu kavalo libre vetu apud obset
ca rega lo damo videt
rega ca pomo piku jutet
cai agrikas grandun ca agriko rubu trovent
kel hundas ca leraro junu cai domes int ofte ament
ca arba kietu agriko li autes pikun int sekvet
cai regas kel urbos rubun rapide vokent
kel urbas lasun cai navos kavale post trovent
kel fluas ca horto cai pipes apud portent
ca auta ca domo rubu denove obset
kel navas cai arbos rapide obsent
urba rubu lo libro grandu hodie jutet
ca urba urbo rapide trovet
ca dama vetu hundo lo urbe apud sekvet
cai autas lo pomo verdu trovent
ca agrika lo leraro lante videt
li miawas verdun balo ca hunde rubu kun trovent
arba kel arbos vetun kel lerares altun kun videt
lo oma felu lo horto kel flues int videt
flua kel regos ca pipe altu int amet
ca oma li arbos nine apud portet
ca rega ca leraro lante jutet
ca auta lo miawo piku denove sekvet
cai balas pomo kavale piku kun sekvent
kel hortas cai pomos sekvent
cai leraras lasun li navos portent
lo miawa piku ca hundo cai agrikes int videt
lo kavala lo horto altu sekvet
lerara cai fluos hodie amet
ca nina verdu li leraros verdun voket
li kavalas lo libro vetu jutent
horta grandu li hortos junun amet
hunda lasu kel hortos rapide trovet
cai domas lo hundo altu kel bales kietun kun sekvent
lo libra ca urbo ca rege kun voket
ca arba cai kavalos rapide jutet
kel autas rubun li fluos rubun jutent
kel miawas junun li fluos lo nave apud obsent
horta kietu li damos ca hunde int sekvet
lo pipa ca fluo altu lo rege int trovet
cai domas kel autos pikun trovent
kel regas ca rego lante vident
kel agrikas lo pomo portent
lo doma cai regos lante portet
ca lerara ca domo vetu ca arbe kun lante portet
li agrikas pikun balo vokent
li libras li leraros vident
ca urba grandu cai libros lante voket
lo kavala lasu li miawos lo bale int ofte trovet
cai regas kietun cai arbos jutent
ca lerara junu ca pomo obset
ca nava li navos pikun sekvet
hunda lo horto lo ome int sekvet
kel leraras li libros lo arbe piku apud sekvent
cai kavalas lo balo kel reges post portent
libra lo arbo amet
kel hundas rego altu rapide sekvent
li urbas cai kavalos rubun kel lerares kun vident
lo flua lo domo grandu sekvet
nava felu lo domo vetu lante obset
lo arba kel kavalos sekvet
li ninas cai miawos trovent
ca agrika ca omo kietu amet
li pipas kel kavalos vident
lo kavala junu kel leraros voket
nava rubu li miawos hodie videt
lo nava verdu lo rego altu lo lerare grandu apud trovet
rega kietu ca arbo sekvet
lo rega ca pipo ca dame apud videt
kel damas ca fluo ca libre kun ament
lo doma lo rego rubu videt
lo bala leraro felu jutet
lo urba li navos nine kun denove jutet
kavala rubu lo rego amet
kel omas pikun cai hortos vetun vident
cai libras vetun rego junu flue sub portent
kel regas pikun lo damo sekvent
lo libra agriko rubu kel arbes apud ofte jutet
kel hortas cai autos felun vident
lo arba navo junu sekvet
ca nina altu kel arbos videt
ca poma ca horto kietu lo pome int videt
li regas junun cai hortos grandun lante obsent
arba lo rego hodie jutet
ca rega grandu cai hundos pikun hodie amet
kel ninas ca leraro trovent
ca rega vetu lo balo grandu lo dame piku post videt
cai domas rubun lo auto kel pipes kun jutent
ca arba kietu li ninos ofte sekvet
ca bala domo amet
li regas junun lo fluo dome lasu int portent
libra li balos sekvet
li autas kietun lo arbo ca horte int vokent
rega kel autos rubun lo hunde kietu sub rapide obset
ca miawa cai kavalos lasun jutet
ca agrika cai damos vetun cai pipes sub hodie videt
lo nina vetu lo balo junu kel libres altun kun obset
cai ninas ca fluo obsent
auta ca fluo ca rege felu int jutet
cai omas damo felu li urbes vetun post sekvent
ca pipa arbo trovet
ca dama fluo piku amet
cai balas kel leraros sekvent
lo doma verdu navo lo lerare int denove amet
cai omas kietun leraro ofte obsent
ca nava kietu arbo voket
dama lo auto trovet
cai regas lo arbo junu lo nine int trovent
rega grandu cai arbos obset
miawa cai omos lo ome grandu sub voket
ca nina grandu kel arbos grandun amet
urba kel urbos lasun jutet
kavala grandu cai balos amet
lo oma piku li navos lante amet
kel pomas auto altu lante trovent
nina lo pomo amet
cai domas lo urbo felu sekvent
li fluas lo omo portent
kel pipas cai navos verdun trovent
urba lasu cai damos voket
dama altu damo ofte trovet
lo doma lo hundo kietu lo nave lasu sub jutet
cai omas ca leraro jutent
ca lerara fluo vetu trovet
cai pipas altun navo kietu lante obsent
kel urbas kel arbos vetun denove portent
nina lo arbo altu lante voket
lerara altu balo lasu sekvet
doma ca miawo grandu lante trovet
dama verdu lo urbo ca nave sub videt
ca arba kel pipos altun ca kavale sub ofte amet
li navas verdun cai balos portent
lo doma lo rego altu obset
kel urbas lasun li damos lasun ofte vident
lo pipa li arbos voket
lo oma li navos miawe post amet
nava altu ca horto lasu voket
ca lerara altu domo pome sub obset
ca pipa kel autos junun kel flues kun sekvet
arba cai miawos ofte voket
horta felu lo navo trovet
ca rega cai damos portet
doma altu li domos kietun ca libre kietu int amet
ca horta verdu rego kel bales int hodie trovet
kel arbas kel domos rapide jutent
kel arbas lo miawo altu trovent
lo oma vetu li leraros junun lo arbe piku post amet
arba verdu kel balos junun ca lerare vetu sub jutet
ca nina kel pomos rubun ca lerare verdu apud amet
li pipas ca navo ome sub obsent
li miawas ca leraro felu denove sekvent
kel urbas kel miawos sekvent
cai hundas verdun kel regos cai hundes sub vokent
kel miawas arbo piku lo pome felu kun denove vident
cai urbas verdun lo damo denove trovent
ca flua ca auto hodie obset
poma rego felu lante voket
miawa grandu libro hodie videt
li regas grandun ca auto jutent
ca doma cai autos videt
cai hundas grandun cai urbos flue post ofte trovent
cai arbas kietun lo domo vident
cai fluas kel domos li pomes int portent
cai arbas kietun pomo lasu obsent
ca urba ca omo kel autes int obset
li fluas lo horto rapide vident
cai omas grandun leraro verdu lo pome int obsent
ca pipa li arbos sekvet
ca horta cai fluos rubun lo hunde sub videt
poma verdu lo fluo voket
lo urba balo trovet
dama cai ninos li domes post denove videt
lerara kel urbos obset
nina li urbos felun sekvet
ca agrika kel miawos sekvet
kel domas miawo lasu ca nave junu sub vokent
agrika kel balos sekvet
bala vetu lo arbo piku voket
libra lasu li autos altun obset
kel urbas kel agrikos ament
kel urbas ca damo arbe junu int vokent
rega altu li regos hodie voket
kel miawas vetun cai autos sekvent
horta li regos pikun voket
lo oma li damos altun amet
lo rega kel ninos rubun amet
lo agrika piku kel damos obset
li domas kel balos pikun cai arbes post vident
ca pipa piku cai pipos ca agrike post amet
lo bala lo auto altu trovet
lo lerara rubu cai autos pikun amet
kel omas lo horto kel lerares vetun kun portent
cai fluas ca rego vokent
kel arbas lo miawo obsent
lo dama kel kavalos miawe felu apud hodie trovet
cai fluas li ninos portent
lo pipa li arbos grandun lo nave apud obset
miawa piku cai arbos verdun lo kavale apud hodie trovet
ca dama li autos pikun sekvet
li agrikas vetun ca libro vident
kel hortas verdun leraro lo aute int hodie vident
kavala altu cai pomos junun ofte obset
lo doma li balos portet
kel domas lo arbo rubu lo kavale int ament
lo nina lasu ca balo voket
auta hundo ca urbe sub voket
libra vetu ca auto lo lerare sub denove sekvet
kel hortas lo pomo trovent
lo oma hundo vetu cai hortes int amet
doma verdu li omos kel agrikes lasun apud lante obset
ca libra lasu li balos jutet
lo dama vetu kel regos denove trovet
bala pomo kietu videt
li damas rubun li damos grandun ca pipe post vident
cai miawas ca agriko junu ofte vident
li regas cai domos ament
ca flua verdu cai hortos verdun ca aute kun rapide voket
cai omas cai balos verdun ament
li fluas rego felu rapide vokent
ca poma lo kavalo ca hunde kun jutet
ca rega junu li urbos obset
auta balo lo dome kietu kun videt
lo nina lo arbo nine rubu apud rapide voket
arba kietu ca auto lasu sekvet
ca dama cai balos vetun cai lerares sub jutet
doma li navos pikun jutet
li navas rubun kel kavalos trovent
miawa junu nino portet
bala auto li omes pikun sub sekvet
dama cai pipos trovet
kel miawas kel miawos sekvent
ca agrika verdu ca horto junu jutet
ca flua lo nino lasu obset
lo rega lo hundo jutet
kel miawas felun ca auto li libres apud denove sekvent
kel urbas cai hortos grandun cai miawes kun jutent
kel fluas li urbos vetun portent
cai omas junun lo pipo hodie trovent
auta ca leraro voket
li balas kietun navo sekvent
li leraras ca agriko cai flues sub hodie ament
ca nina felu cai hortos amet
ca agrika leraro vetu portet
li pipas cai ninos vident
lo lerara vetu cai balos felun voket
ca miawa piku libro lasu denove trovet
kel damas ca horto denove trovent
lo agrika rubu urbo trovet
arba cai miawos cai libres sub rapide portet
lo miawa rubu miawo rubu jutet
lo bala cai balos amet
auta li pipos jutet
kel libras verdun cai urbos lo agrike felu sub ament
ca flua lo hundo junu obset
cai ninas altun lo horto ament
ca nava altu arbo rubu lo arbe altu int jutet
pipa verdu li arbos jutet
dama arbo vetu kel pomes junun kun videt
kel autas pikun li miawos grandun ament
lo rega lo rego altu pipe piku kun voket
kel omas pikun li pipos lo kavale int ofte sekvent
kel miawas cai arbos vetun cai agrikes int vokent
ca dama felu urbo junu flue kun jutet
li damas lo auto lasu sekvent
oma auto verdu obset
kel kavalas junun lo agriko lo bale kun jutent
lo rega kel pomos portet
ca bala vetu ca pomo lo urbe kun portet
kel domas felun cai hundos rubun jutent
lo kavala auto sekvet
ca rega cai regos trovet
kavala balo hodie obset
lo lerara ca rego verdu voket
miawa verdu lo fluo lasu jutet
flua verdu kel miawos sekvet
lo nina cai pipos obset
cai fluas lo nino jutent
kel fluas cai urbos lo pipe kietu kun ament
ca urba piku cai leraros ca libre apud lante portet
li ninas pikun kel navos obsent
kel pomas lo kavalo rubu hodie obsent
li autas kel regos obsent
ca flua li leraros kietun denove obset
dama kavalo verdu lo dame piku apud rapide jutet
ca horta cai libros rubun obset
lo dama piku lo horto sekvet
oma lo pipo kietu voket
lo hunda kel autos lasun obset
bala li hortos grandun sekvet
ca arba li kavalos vetun portet
lo doma lo nino ofte portet
li fluas altun ca libro portent
lo hunda lasu li damos obset
lo horta piku ca pomo amet
ca agrika kel miawos trovet
ca doma kel regos amet
lo arba piku cai arbos junun denove jutet
lo kavala li domos ca nine kietu apud sekvet
li urbas li urbos rapide obsent
lo bala domo lo horte piku post voket
lo kavala kel fluos hodie voket
oma junu kel fluos li dames verdun int trovet
ca miawa kel balos videt
doma kel hortos kel hundes kietun post sekvet
lo urba felu li hortos dome piku int sekvet
li omas grandun lo rego ofte ament
ca agrika lo urbo kietu sekvet
bala cai arbos pikun lo pome piku post ofte obset
lo poma grandu cai hortos amet
auta ca pipo videt
kel damas damo vetu ament
kel libras vetun kel arbos altun sekvent
miawa vetu kel libros hodie portet
lo rega verdu lo omo lante voket
li arbas kel leraros lo dame vetu kun denove jutent
horta lo damo junu voket
kel regas junun lo auto sekvent
kel omas cai hundos grandun hodie vokent
lo poma lo fluo piku obset
cai libras kietun ca libro vokent
ca urba balo hodie amet
rega li domos junun kel kavales post voket
ca bala lo urbo lante trovet
ca oma cai kavalos felun sekvet
pipa cai urbos sekvet
kel miawas lasun kel libros jutent
kel omas rubun lo pipo grandu lante jutent
kel hundas lasun cai regos nine apud trovent
lo lerara kel agrikos ome junu post voket
cai domas li agrikos li hortes felun post ofte jutent
poma piku navo junu voket
li kavalas cai miawos pikun jutent
flua lo hundo lasu amet
ca doma verdu ca damo vetu ca pome lasu sub lante videt
cai libras lo arbo grandu hodie ament
ca dama damo rubu ca kavale post ofte jutet
ca miawa lo navo hodie obset
nava lo arbo junu ca pome apud lante trovet
kel libras kel kavalos lasun jutent
poma junu pipo ofte videt
kel agrikas altun lo pipo kel pomes kietun apud denove portent
kel hundas agriko ament
auta li leraros junun li arbes int portet
ca bala cai arbos grandun videt
bala junu kel leraros amet
cai ninas kel ninos portent
ca urba ca leraro amet
lo dama omo rapide portet
nava piku li miawos portet
li libras li hundos obsent
lo dama rubu li miawos ca pipe int jutet
li pomas li urbos cai dames post sekvent
lo urba ca pipo vetu sekvet
lo nina verdu kel damos altun denove portet
lo dama ca navo sekvet
li fluas pikun ca horto lo aute lasu kun denove portent
cai libras li libros altun sekvent
kel hortas ca miawo vokent
nava kel damos trovet
ca nina ca agriko junu kel nines junun apud sekvet
ca nava kietu lo pomo felu sekvet
bala kel agrikos felun lante obset
li fluas kel autos vokent
agrika verdu li libros trovet
lo nina auto felu hodie trovet
oma leraro denove trovet
horta pipo videt
doma kel domos vetun videt
lo rega li urbos li autes apud lante voket
kel libras ca omo grandu ament
auta junu kel miawos amet
li domas li kavalos lante jutent
kel agrikas verdun ca navo agrike junu post obsent
poma junu cai hortos sekvet
ca horta pipo junu lo arbe apud amet
cai balas kietun lo fluo hodie ament
kel balas lo pomo lo horte sub obsent
cai leraras grandun lo pipo ament
lo dama lasu kavalo felu li kavales lasun sub obset
ca nava ca miawo cai pipes apud sekvet
cai urbas verdun lo auto rubu ofte trovent
lo auta kel navos junun ofte sekvet
ca horta altu damo jutet
lo flua kel pomos videt
li fluas hundo rubu denove sekvent
kel pipas cai hortos sekvent
li kavalas felun ca hundo vokent
arba junu cai pomos agrike int voket
lo nina cai kavalos lo arbe sub voket
cai libras vetun lo domo rubu rapide vokent
li arbas kel pipos felun ca kavale kun rapide vokent
nava grandu ca arbo li nines apud hodie trovet
kel miawas li agrikos junun rapide vokent
li damas ca urbo lasu kel nines kietun apud obsent
lo agrika piku kel leraros ofte obset
ca poma li omos lasun ca dome int hodie sekvet
pipa kietu cai regos junun cai flues kun videt
cai autas kavalo cai nines kun denove jutent
li hundas lo horto felu vokent
ca horta fluo lasu kel omes apud jutet
ca miawa kavalo trovet
cai pomas arbo sekvent
kel fluas pikun li leraros cai agrikes post vokent
nava altu damo trovet
lo libra kel pipos altun videt
kel hundas li leraros obsent
ca hunda rubu kel agrikos altun hodie voket
lo auta domo kietu rapide portet
agrika li damos voket
li hundas ca urbo kietu portent
lo libra piku ca pomo cai urbes post trovet
lo kavala li agrikos kietun cai pipes int amet
auta lasu nino verdu cai naves int denove obset
libra altu cai kavalos voket
lo nina lo pomo ca lerare lasu kun obset
urba ca agriko verdu hodie obset
libra lo rego altu li hundes grandun int ofte trovet
ca arba lo arbo kietu denove voket
ca nina verdu cai omos jutet
cai ninas li pomos vetun ament
kel omas ca nino vetu obsent
lo nina kietu cai agrikos junun li arbes sub amet
li agrikas rubun ca miawo ca kavale vetu post sekvent
cai regas kel fluos obsent
ca doma ca auto trovet
cai fluas lo libro rubu trovent
oma li autos vetun ca ome kun sekvet
kel pipas altun kavalo rubu ament
kel balas lasun ca omo grandu hodie ament
cai hundas verdun li fluos kietun cai pomes int trovent
pipa ca nino vetu sekvet
cai libras ca urbo obsent
lo urba cai libros ofte jutet
kel regas hundo jutent
kel navas lasun li ninos vident
ca libra lasu kel agrikos portet
cai pipas arbo kietu sekvent
kel autas verdun li urbos rubun lo dome felu post ofte sekvent
lo bala junu rego denove jutet
ca nina rubu arbo denove sekvet
lo urba cai hortos grandun portet
cai autas agriko felu lante trovent
kel pipas kietun leraro lante vokent
lo rega altu lo horto ofte trovet
lo arba li arbos lo arbe piku post jutet
li urbas grandun lo fluo junu vokent
ca agrika junu omo lerare kun hodie videt
cai domas altun li regos lasun kel domes felun int trovent
cai miawas rego sekvent
cai hortas li balos lasun ament
kel urbas lo balo hodie vident
auta lo libro lante obset
lo kavala ca arbo vetu lo pipe post obset
kel libras ca horto ofte obsent
cai regas lo auto vident
ca nina grandu ca urbo lante obset
lo lerara li domos felun videt
lo oma ca arbo sekvet
cai ninas libro rubu ament
bala cai arbos obset
ca oma lo navo jutet
lo miawa piku li leraros altun portet
dama lo urbo rubu lante obset
lo rega lo urbo sekvet
li leraras rubun lo libro hodie sekvent
ca flua felu kavalo verdu lo pipe vetu sub voket
lo hunda li leraros videt
lo lerara verdu kel fluos hodie portet
li arbas cai agrikos denove trovent
cai leraras agriko ca aute lasu sub lante sekvent
lo urba grandu cai damos ofte sekvet
li urbas felun miawo cai flues sub obsent
cai libras hundo junu cai flues verdun apud ofte jutent
lo rega piku ca hundo hodie jutet
ca lerara altu ca fluo denove jutet
cai pomas grandun cai leraros portent
arba agriko verdu obset
ca dama rubu cai fluos lasun obset
ca pipa hundo verdu lo urbe post amet
rega li omos pikun lo nave int hodie voket
ca nava junu kel arbos grandun voket
lo flua vetu lo fluo li flues sub portet
ca pipa cai leraros li hortes sub sekvet
li omas hundo piku rapide vokent
ca horta lasu ca rego portet
oma lasu cai kavalos rapide sekvet
cai agrikas ca auto grandu trovent
lo arba kietu damo ofte voket
lo horta rubu lo leraro cai omes kun jutet
li urbas rego verdu sekvent
kel navas cai ninos rubun obsent
ca flua li hundos li hundes sub obset
poma cai ninos grandun rapide obset
ca kavala rubu cai arbos lo aute apud videt
li miawas junun cai hortos trovent
nava li kavalos junun lo rege sub amet
kel pipas kavalo lo flue int ofte sekvent
li hundas ca hundo vokent
kel pomas lo domo ament
libra lo auto lante obset
kel ninas cai arbos kietun sekvent
ca agrika lasu cai pomos ofte videt
lo pipa vetu li ninos cai dames grandun apud jutet
cai navas cai pomos grandun ament
doma ca domo denove videt
li urbas domo verdu ofte trovent
cai balas altun cai balos ca flue vetu int vident
urba ca hundo voket
kel regas domo junu obsent
bala kel urbos portet
cai hundas lo leraro vokent
ca flua cai arbos rubun kel flues post hodie portet
kel arbas lo kavalo verdu hodie obsent
lerara ca hundo voket
arba lasu pipo grandu arbe apud voket
li hortas kel ninos cai dames apud vokent
rega felu lo leraro kel omes post amet
kel damas lo urbo portent
ca kavala pomo trovet
li omas ca libro piku cai urbes apud portent
lo pipa li libros hodie voket
kel fluas altun ca damo verdu ca nave vetu sub sekvent
ca poma cai agrikos obset
ca arba kel damos urbe rubu int voket
li omas li regos lo flue sub denove vident
lo rega lasu li leraros vetun denove trovet
ca pipa cai arbos videt
ca flua ca miawo li dames post obset
kel hundas altun lo horto grandu lo kavale grandu apud sekvent
lo horta hundo jutet
li balas fluo denove ament
horta arbo libre kun obset
agrika kel hortos rubun sekvet
kel hortas miawo vetu vident
li domas kel libros grandun jutent
li miawas felun lo omo lasu lo kavale kun sekvent
kel pipas hundo piku sekvent
nina rego felu trovet
lo nava lo miawo trovet
lo nava altu fluo voket
li damas cai fluos ca horte piku kun portent
ca arba cai libros cai reges int portet
auta lo arbo kietu voket
ca bala kietu li kavalos rubun kel libres int videt
li kavalas ca nino sekvent
ca kavala felu lo pomo obset
lo rega omo sekvet
ca nina ca horto rapide jutet
horta lasu kel urbos vetun obset
li balas lo horto portent
lo miawa altu li hundos lante portet
lo hunda li regos jutet
ca nina cai urbos voket
li kavalas li fluos ament
bala li fluos voket
lo urba fluo ca pome lasu sub videt
cai libras ca hundo kietu kel hortes apud obsent
ca lerara altu domo rapide obset
horta junu lo auto rubu obset
ca nava kietu damo lasu ofte amet
lo agrika cai agrikos li lerares sub videt
pipa piku ca omo piku li naves apud lante jutet
bala lo balo rubu li dames apud ofte amet
arba cai hortos junun obset
agrika ca agriko trovet
cai domas rubun domo ca arbe felu kun portent
ca agrika agriko rapide jutet
lo bala cai urbos kel dames vetun apud sekvet
poma ca fluo jutet
li domas cai omos felun ofte portent
miawa piku cai pomos kietun amet
li pipas navo ofte sekvent
lo agrika navo kel libres grandun apud lante trovet
ca agrika rubu nino lo arbe junu sub obset
ca rega lasu lo pipo videt
cai ninas lo omo felu li bales sub portent
li ninas vetun cai pomos portent
cai ninas hundo vident
flua grandu kel leraros jutet
kavala altu cai agrikos trovet
kel regas junun li agrikos cai omes grandun kun denove sekvent
lo nina felu cai autos altun sekvet
lo hunda cai kavalos cai nines lasun post ofte sekvet
ca bala altu kel miawos denove amet
li miawas li domos felun pipe apud hodie vident
bala arbo lo rege kun portet
cai hortas li balos verdun kel autes int vokent
ca oma felu lo arbo lo lerare post obset
pipa verdu lo leraro kel libres rubun kun ofte videt
cai autas lo damo ament
rega li omos portet
kel autas kel kavalos lasun lo hunde int trovent
cai leraras grandun libro vident
ca rega kel urbos li nines vetun int rapide jutet
cai domas li omos portent
rega cai hundos rubun voket
cai navas rubun lo urbo junu vident
kel balas kel agrikos grandun lo pome felu sub ofte trovent
flua lo kavalo denove trovet
pipa lo navo ofte voket
li urbas junun cai pipos vetun kel dames post trovent
lo oma lasu li omos felun lante portet
li libras li hundos verdun jutent
kel urbas ca libro felu rapide vident
li kavalas rubun ca kavalo piku vident
lo doma felu lo nino kel nines post obset
cai regas ca arbo junu obsent
cai pomas ca pomo piku lo nine piku sub vokent
cai miawas kel arbos portent
horta lo hundo junu lo nine apud jutet
kel agrikas ca hundo lo dame post sekvent
li urbas ca leraro piku ofte sekvent
lo urba cai hortos li urbes int portet
ca miawa lo balo lasu denove videt
cai domas lo miawo lasu ofte vokent
lo libra cai damos kietun obset
kel navas vetun lo hundo vident
kel arbas ca damo cai pipes sub hodie ament
ca nina agriko piku trovet
lo urba rubu ca agriko videt
li pomas li libros ament
ca poma altu cai hundos pikun videt
kel arbas cai leraros lo horte int ament
kel damas altun ca auto vokent
flua ca arbo verdu amet
ca dama ca domo junu obset
li pipas domo verdu ca arbe post ament
kel damas vetun cai miawos lo nave lasu kun portent
kavala lo kavalo rubu jutet
lo doma hundo ca ome post lante portet
li arbas vetun kavalo altu aute apud rapide trovent
lo urba felu ca nino verdu obset
hunda altu ca hundo junu voket
oma rubu ca damo piku portet
ca bala felu kel fluos lo horte rubu kun voket
poma kietu ca damo hodie jutet
ca oma lasu kel agrikos portet
kel pomas verdun lo urbo grandu obsent
ca rega leraro obset
kavala altu balo voket
lo libra lo horto piku rapide voket
cai omas rubun ca miawo felu kel kavales junun sub rapide sekvent
ca doma cai hortos lasun sekvet
kel balas arbo cai hortes post ament
nava felu ca arbo ca aute sub lante obset
kel autas lo urbo piku cai reges felun sub trovent
auta domo kietu lante videt
li fluas cai hundos lo ome apud denove vident
poma felu lo horto nine piku sub rapide videt
li kavalas junun ca urbo altu ca pipe piku post jutent
hunda altu li libros junun portet
cai kavalas cai arbos ament
cai libras lo omo kietu dame post trovent
kel ninas junun nino grandu vident
poma rubu lo damo ofte sekvet
cai leraras pikun kel navos portent
cai regas vetun lo miawo ament
cai pomas lo kavalo rapide obsent
kel fluas cai miawos obsent
kel arbas lo urbo cai domes kietun int obsent
lo pipa lo pomo libre verdu sub obset
li fluas li pipos junun ament
li hundas li leraros junun trovent
cai arbas cai ninos lasun ca dame int rapide jutent
lo libra li omos voket
ca miawa kel damos ca kavale lasu post amet
rega cai libros sekvet
ca libra lo pomo li hundes grandun kun voket
li hundas pikun kel kavalos altun ca miawe apud sekvent
nina kel navos vetun amet
lo flua lasu kavalo portet
lo doma grandu ca hundo obset
ca flua kietu lo hundo ca lerare junu apud voket
li agrikas cai hundos lante ament
li pomas lasun ca urbo junu vident
libra ca urbo trovet
lo dama ca miawo rubu cai naves kietun kun hodie jutet
lo hunda rego ca pome int amet
ca poma grandu ca horto junu kel lerares post trovet
lo kavala ca omo rubu denove amet
cai domas rubun lo horto obsent
lo poma felu ca pipo lante trovet
ca dama felu ca kavalo ca miawe kun portet
cai fluas lo navo altu portent
kel hortas kel fluos portent
lo arba junu kel hundos hodie sekvet
ca bala grandu lo rego ca urbe post rapide amet
li damas vetun cai hundos obsent
ca arba kel fluos rubun rapide obset
bala lo domo sekvet
kel pipas kietun cai agrikos li reges int ofte vokent
horta kel ninos altun ca lerare verdu kun voket
ca hunda junu li miawos portet
ca miawa lo omo junu aute rubu kun amet
li leraras pikun domo ca arbe post hodie obsent
kel balas lo omo junu vokent
pipa junu ca agriko felu sekvet
ca auta verdu cai fluos ca urbe sub ofte sekvet
li libras leraro lante vident
lo flua felu kel libros felun li omes kun obset
ca nava lasu cai arbos denove trovet
ca dama auto rubu sekvet
li pomas grandun domo ca miawe post jutent
horta vetu li hortos miawe altu post rapide trovet
cai pomas lo omo ca dame sub hodie trovent
li kavalas rubun lo fluo verdu trovent
lo urba felu ca balo grandu denove amet
ca hunda grandu leraro vetu dame sub denove obset
cai regas felun ca pipo portent
kavala lo horto lo nine sub sekvet
lo bala rubu cai libros denove sekvet
ca auta junu ca leraro altu li hundes felun post jutet
cai regas lo agriko rubu vident
bala ca miawo vetu lante voket
cai hortas altun kel fluos kietun jutent
ca libra lo agriko sekvet
cai hortas li miawos jutent
lo doma ca pomo amet
ca nava verdu kel miawos rubun rapide sekvet
cai domas cai navos arbe apud obsent
lo kavala omo piku li urbes vetun apud trovet
nina cai leraros vetun cai lerares grandun apud jutet
li autas vetun agriko portent
li miawas kietun ca pipo piku lo horte altu sub denove sekvent
doma arbo junu sekvet
ca lerara ca miawo ofte sekvet
li balas ca libro piku vokent
li libras lo nino lerare int sekvent
cai regas rubun leraro miawe post vokent
li regas junun ca hundo jutent
pipa kel hundos altun obset
ca libra piku kel agrikos li naves grandun sub jutet
ca dama kietu lo urbo amet
lo hunda felu ca libro altu amet
ca bala hundo ofte portet
kel hundas lo pipo vetu ca agrike apud vident
lo pipa kel hundos verdun voket
hunda vetu lo fluo amet
miawa arbo obset
kel ninas verdun balo ca nine kun vident
ca flua piku li omos verdun dome kun trovet
lo agrika ca pomo cai autes verdun sub sekvet
cai hortas miawo ca hunde kun portent
lo hunda navo lasu lo horte sub amet
li miawas arbo rapide ament
nina piku lo nino grandu portet
ca arba kel urbos felun trovet
ca auta miawo voket
lerara lo damo cai hortes lasun int voket
cai hundas cai ninos lo pipe post jutent
urba li damos pome kun amet
ca libra cai omos vetun denove obset
li damas altun lo hundo grandu denove sekvent
kel leraras urbo jutent
ca poma kel domos sekvet
lo auta li hortos rege lasu apud videt
cai pipas ca urbo junu ament
lo urba lo miawo trovet
kel urbas cai balos kietun trovent
li leraras hundo jutent
lo kavala vetu navo jutet
cai leraras ca libro grandu sekvent
lo lerara ca miawo ofte trovet
flua grandu cai miawos videt
li hortas kel arbos cai naves felun post lante sekvent
doma arbo rubu portet
dama felu ca horto portet
li ninas felun ca pipo hodie ament
li omas pikun cai autos vident
lo rega kel libros portet
poma rubu cai balos grandun jutet
kavala cai damos obset
ca pipa kel arbos altun flue felu sub hodie obset
lo horta lo miawo denove amet
kel hundas lasun lo rego obsent
kel leraras pikun cai leraros vident
lo agrika cai ninos portet
nava arbo rubu li urbes verdun sub portet
cai hundas cai omos vetun portent
doma lo arbo grandu portet
kel ninas lo leraro vokent
ca hunda ca pipo lasu trovet
lo flua horto jutet
cai agrikas cai domos grandun portent
ca arba piku ca miawo sekvet
auta verdu kel fluos junun amet
lo nina li hortos vetun cai agrikes kietun post trovet
kel omas verdun cai autos portent
lo bala kel agrikos altun ca agrike apud trovet
miawa ca leraro portet
urba grandu cai hortos junun lo dome apud lante amet
lo arba lo rego junu urbe sub voket
ca horta cai omos videt
li fluas ca damo vetu li libres apud portent
ca miawa lasu lo omo lo kavale post obset
cai kavalas ca damo lo nine apud obsent
kel arbas lo urbo sekvent
cai balas ca balo piku obsent
lerara junu balo videt
miawa libro rapide portet
ca rega lo libro altu li lerares sub sekvet
lerara libro altu cai arbes int lante videt
ca pipa kietu ca nino ca urbe verdu int obset
pipa verdu ca horto voket
nina grandu cai domos vetun trovet
ca rega kel urbos lante amet
cai pomas ca damo kel omes int vokent
lo urba cai urbos verdun videt
ca pipa ca miawo junu denove portet
ca arba li kavalos kietun lo lerare post portet
li agrikas lo fluo ofte portent
rega lo omo denove voket
ca flua kavalo kietu li omes rubun apud portet
miawa ca domo cai bales sub videt
lo horta rubu lo fluo horte verdu apud ofte obset
ca nava ca nino jutet
miawa vetu domo jutet
libra cai damos ca agrike sub amet
hunda rubu lo horto urbe int portet
li pomas libro sekvent
cai pomas kietun libro portent
flua felu cai miawos altun denove amet
kel agrikas lo libro sekvent
cai miawas hundo kel arbes kietun apud vokent
cai fluas vetun cai hortos obsent
kel pipas lo agriko lante obsent
auta damo videt
ca bala felu li pomos pikun obset
ca miawa ca miawo junu ofte videt
kel hundas altun cai navos ca rege felu apud vokent
ca dama piku lo libro pome kietu apud voket
ca libra kietu ca domo sekvet
ca dama ca libro li reges sub videt
lo doma junu kel fluos jutet
li omas domo lasu lo nave sub sekvent
kavala rubu cai agrikos lasun sekvet
lerara agriko junu kel hundes int videt
lo miawa rubu cai arbos sekvet
lo urba ca rego portet
li leraras fluo vident
ca nina kavalo portet
kel ninas fluo junu lo horte felu int vident
lo hunda lo arbo cai flues int videt
cai libras felun ca auto felu ca miawe apud ament
kel pipas kel domos cai naves rubun sub vident
arba vetu cai urbos jutet
cai pipas hundo grandu vokent
ca doma verdu ca pomo portet
doma nino vetu agrike kun ofte trovet
ca auta lo pomo lante obset
ca poma pipo vetu obset
li damas li balos kel flues altun kun rapide sekvent
hunda lasu ca horto grandu cai kavales kietun int denove amet
ca doma kel navos obset
flua junu kel miawos pikun denove amet
miawa nino li domes junun post rapide sekvet
cai arbas omo jutent
libra lo balo junu obset
auta ca damo ca miawe vetu kun voket
li libras miawo li miawes rubun kun jutent
cai ninas rubun cai miawos vetun rapide obsent
ca dama grandu leraro kietu portet
urba verdu omo piku ofte sekvet
cai omas lo libro lante vident
lo arba vetu lo omo vetu sekvet
ca urba felu ca leraro kel hundes apud amet
kel urbas felun li balos denove sekvent
flua ca omo rubu lo ome altu int sekvet
miawa lasu kel pomos lasun kel reges apud sekvet
cai hortas ca damo ca lerare kun trovent
flua cai urbos li miawes kun amet
poma ca nino lasu voket
ca urba piku cai fluos li naves rubun sub voket
li miawas kel fluos urbe altu apud ofte vident
ca nina grandu ca rego felu li autes apud ofte jutet
horta kel autos trovet
lo libra kietu ca balo kel miawes int obset
kel hortas ca hundo piku portent
lo libra lo auto obset
ca horta grandu omo li arbes int lante sekvet
cai leraras altun miawo piku jutent
ca lerara lo hundo ca arbe piku post voket
cai domas lasun lo kavalo verdu ca nave apud denove obsent
ca oma kel autos kietun sekvet
lo horta li hundos voket
li urbas li pomos vetun denove ament
kel pipas lo navo felu ca nave int hodie sekvent
ca urba felu lo horto kietu videt
urba li ninos vetun portet
lo doma lo kavalo lante trovet
lo nava kel fluos li pomes apud denove obset
ca urba piku li omos ca lerare junu apud jutet
lo libra junu miawo ca bale int videt
lo dama li agrikos rubun ca nine kun voket
nina kietu ca pomo lante jutet
ca bala kel hortos libre apud hodie portet
kel pipas arbo denove sekvent
ca pipa junu ca agriko trovet
ca arba lasu lo urbo verdu sekvet
li pomas vetun li pomos junun horte verdu int vident
ca oma rubu ca balo piku obset
cai urbas domo grandu li reges kietun int vident
ca hunda kel arbos portet
cai damas damo verdu li hortes lasun sub sekvent
ca flua kietu kel domos felun ca dome vetu sub lante amet
cai miawas ca urbo trovent
ca poma kel autos trovet
doma verdu lo nino ca pome sub videt
kel navas junun li pipos jutent
ca poma li hortos verdun nave kun voket
arba grandu kel autos horte sub videt
lo oma ca pipo verdu kel dames post lante portet
li damas lo horto ca dome piku post vident
rega kietu lo pomo voket
dama rubu lo nino piku trovet
rega verdu ca domo nave felu apud voket
lo dama kietu lo auto lasu cai miawes rubun post denove trovet
ca bala ca pipo lo miawe verdu apud sekvet
lo urba rubu li arbos trovet
ca oma li kavalos videt
pipa kel balos vetun cai naves junun post hodie videt
nina fluo voket
cai agrikas cai arbos vokent
li autas vetun lo libro jutent
arba agriko kietu lo ome kun amet
ca doma kietu rego ome sub trovet
lo nina verdu ca pipo lasu obset
li kavalas hundo lante portent
dama grandu lo pomo hodie voket
bala li domos grandun portet
li hortas kel pomos pikun jutent
ca rega felu domo videt
kel balas lo rego rubu hunde apud portent
lo agrika auto obset
cai pomas cai navos rapide jutent
poma cai ninos jutet
doma lo nino altu portet
lo nina cai navos jutet
cai kavalas li ninos vokent
lo agrika kietu lo damo nine verdu apud portet
kel fluas rubun lo auto lasu vokent
ca kavala li ninos lante portet
lo hunda li omos grandun obset
bala cai kavalos vetun jutet
arba kietu lo miawo kel kavales rubun sub jutet
li regas li omos lante jutent
cai domas lasun ca miawo portent
kel ninas lo libro agrike lasu post portent
li leraras junun li agrikos trovent
ca libra vetu kel hortos cai flues kun hodie amet
lo pipa vetu li hundos lerare rubu sub hodie jutet
ca pipa vetu miawo altu jutet
li ninas verdun horto jutent
kel urbas felun cai autos vetun rapide vokent
lo nava rubu kel pomos felun lo rege kietu post portet
ca urba domo cai urbes apud portet
li omas verdun kel omos obsent
kel hortas vetun lo navo lo agrike piku apud sekvent
kel damas ca domo sekvent
cai urbas cai pipos grandun ca pome grandu kun jutent
pipa domo felu rapide amet
cai hundas verdun cai navos ca dame int portent
ca oma hundo ca bale junu post lante amet
lo pipa verdu lo nino voket
cai hortas auto lante vident
cai balas rubun rego piku trovent
ca miawa kietu li arbos verdun trovet
ca arba ca rego altu cai naves post rapide obset
li fluas cai leraros vident
li regas junun cai pomos denove ament
cai agrikas lo balo rubu sekvent
flua ca arbo verdu videt
ca libra rubu lo leraro lo aute sub jutet
lo nava junu ca navo verdu portet
lo dama cai kavalos portet
kavala verdu lo domo kel lerares post portet
doma grandu li libros junun amet
li regas verdun li navos kietun obsent
cai omas lo urbo lasu jutent
poma lasu rego junu lo flue piku kun sekvet
cai hundas felun ca damo obsent
li regas urbo lante ament
kel ninas junun kel leraros lo agrike sub rapide trovent
ca horta ca nino junu jutet
lo flua grandu lo domo rapide sekvet
li kavalas lo navo junu lo horte verdu apud obsent
ca urba li domos cai autes int voket
miawa cai agrikos denove obset
ca agrika kel hortos hodie jutet
kel libras junun cai pomos lante jutent
oma piku kel ninos lo dome vetu kun jutet
lo poma altu urbo ofte trovet
bala kel navos altun li hundes kun sekvet
ca nina felu ca nino sekvet
lo pipa li navos vetun cai miawes junun kun rapide videt
ca oma felu miawo ca kavale lasu int videt
cai balas li agrikos li dames lasun apud ament
lerara kietu li hortos felun trovet
lo poma junu ca domo obset
lo miawa horto jutet
kel regas altun lo fluo cai pomes kietun kun jutent
ca kavala ca leraro ca nave kun lante portet
ca arba kel regos junun hodie amet
lo arba kietu agriko videt
cai damas verdun ca agriko altu portent
nina kietu kel libros lante portet
lo oma horto portet
lo dama rubu hundo rapide amet
cai omas junun ca agriko altu sekvent
li agrikas pikun lo domo rapide vokent
agrika lasu cai arbos ome altu int jutet
flua kietu damo vetu amet
lo poma verdu kel libros nine post sekvet
lo dama lo kavalo altu sekvet
kel regas omo ca pome sub portent
lo nava omo voket
li fluas domo junu jutent
kel omas grandun lo damo trovent
nina felu cai hortos pikun portet
li autas lo libro altu rapide obsent
ca nava rubu li miawos jutet
ca arba kietu lo agriko kietu nine apud hodie jutet
rega cai pomos lasun lo ome sub ofte obset
li autas pikun lo navo portent
horta felu lo balo grandu denove sekvet
lo agrika li pomos obset
lo bala ca omo portet
lo lerara ca rego lo bale apud denove portet
kel urbas kel libros ofte obsent
ca libra altu urbo cai pipes sub jutet
kel pomas ca balo vetu vokent
agrika cai omos ca dame post denove trovet
ca kavala altu li regos portet
li arbas lo rego piku kel hortes int hodie obsent
ca poma verdu lo omo kietu sekvet
ca horta felu horto trovet
kel damas kietun lo omo vident
kel libras felun li agrikos ament
ca nava rubu cai hortos li kavales int portet
dama verdu lo auto voket
li domas rubun ca nino portent
ca dama kietu kel kavalos jutet
arba urbo lo dome kietu kun trovet
agrika ca nino ca dome altu apud trovet
kel hortas verdun li hundos libre junu post vokent
lo pipa pipo kel miawes int sekvet
doma kietu lo leraro cai reges apud ofte trovet
lo horta ca horto rubu lo libre rubu apud lante sekvet
kel miawas horto vident
lo libra ca navo verdu sekvet
ca kavala libro jutet
lo auta cai pomos amet
lerara cai miawos videt
cai hortas lasun li urbos verdun kel autes felun sub hodie obsent
kel hortas lasun lo navo vetu lante obsent
cai leraras kel miawos lo flue apud rapide ament
cai omas ca kavalo cai domes int sekvent
lo nava kel autos jutet
li damas verdun lo hundo sekvent
lo dama kel pomos ofte amet
cai agrikas lo damo jutent
ca doma felu lo domo grandu portet
li agrikas kel navos ament
ca oma felu balo lasu hodie voket
lo dama piku cai omos vetun ca rege kun voket
cai autas ca agriko kietu ca miawe apud obsent
li pipas li fluos vident
kavala altu lo omo lasu videt
nava altu lo fluo junu cai arbes int hodie videt
cai balas kel domos li nines apud ament
cai urbas altun lo agriko ofte sekvent
ca lerara cai miawos kel pomes junun sub ofte jutet
li urbas rubun arbo grandu lo pome felu kun portent
ca arba cai leraros junun cai naves post hodie jutet
lo nina cai omos rubun ofte sekvet
ca auta felu ca arbo felu obset
lo poma lasu kel regos vetun jutet
poma kel autos lo dome apud portet
ca oma ca kavalo rapide jutet
kel balas kel fluos kietun hodie vident
ca miawa cai hortos kietun portet
ca lerara ca fluo ome int voket
lo dama felu li leraros cai pomes junun sub ofte jutet
cai ninas lo agriko altu cai reges sub hodie trovent
ca hunda kel agrikos jutet
li leraras omo kietu lante vident
lo pipa ca damo junu voket
cai fluas ca pipo rubu ofte vokent
hunda lo domo altu obset
cai pomas lo libro vokent
nina piku kel balos denove voket
kel regas kel navos lante portent
cai ninas auto grandu jutent
lo nina omo ca urbe lasu post rapide sekvet
bala ca libro ca pome apud rapide sekvet
li pipas li fluos lasun vident
ca lerara felu auto vetu lerare felu int portet
ca kavala ca pomo cai naves post trovet
cai autas rego kietu lo lerare post ament
cai hundas balo ca ome post lante jutent
lo doma lasu arbo altu obset
rega kel fluos lante videt
kel arbas grandun li balos obsent
oma lasu cai hortos li lerares junun kun voket
lo miawa cai pipos portet
cai kavalas ca nino junu lo bale sub rapide sekvent
lo nava lo libro grandu videt
bala ca agriko lasu cai libres post jutet
lo auta felu ca leraro voket
kel regas lasun damo grandu vokent
cai fluas ca horto jutent
lo rega lasu ca navo li kavales lasun sub lante jutet
doma cai agrikos videt
kel leraras lo domo denove vident
li pomas lo damo vokent
ca urba grandu ca omo altu obset
cai kavalas verdun ca auto kietu vokent
dama verdu ca leraro denove obset
kel agrikas lo pomo hodie trovent
lo kavala kel miawos nine kietu post videt
lerara lasu kel domos vetun voket
kel hundas ca hundo rapide obsent
poma junu cai pipos sekvet
auta lasu lo urbo verdu ca libre int voket
kel damas altun ca rego altu vident
kavala lasu rego vetu rapide jutet
ca auta li hortos videt
hunda lasu cai pomos verdun jutet
cai domas kietun miawo altu obsent
kel navas grandun lo pipo jutent
cai domas kavalo piku sekvent
lo rega ca agriko amet
oma rubu ca leraro videt
ca rega piku kel navos denove sekvet
ca flua kel damos li agrikes post denove voket
cai pomas kel miawos rubun denove sekvent
horta lo agriko rapide trovet
li pipas pikun lo hundo portent
cai omas navo vokent
lo auta felu lo leraro jutet
lo poma li pipos vetun lante sekvet
ca oma lo fluo sekvet
kavala rubu kel hundos vetun voket
ca agrika felu damo junu amet
li ninas li leraros grandun vident
pipa cai urbos lasun voket
nava piku li libros sekvet
ca lerara vetu lo nino urbe kun hodie obset
kel urbas lo hundo altu ca rege piku post sekvent
auta grandu ca domo verdu rapide amet
li hundas rubun cai pomos rubun sekvent
ca flua lo auto amet
ca lerara ca domo lasu horte lasu kun rapide obset
poma ca fluo miawe int sekvet
doma lo nino portet
cai damas kietun lo libro vokent
lo urba lo fluo kel kavales pikun apud obset
lo auta junu cai fluos altun denove obset
kel omas altun cai omos sekvent
ca pipa cai pipos amet
cai libras grandun cai kavalos sekvent
lo arba li hundos felun nine int portet
cai domas lasun lo horto cai bales apud jutent
lo bala kel pomos rapide jutet
kel omas lo agriko kietu sekvent
lo flua damo sekvet
lo agrika ca nino felu nine grandu apud obset
ca lerara junu kel autos sekvet
ca auta kietu kel autos portet
doma li balos obset
kel hundas li damos lo rege grandu int ofte vident
li miawas cai hortos lasun ament
libra lo urbo cai dames sub ofte trovet
dama piku auto rubu li hundes kun denove trovet
ca dama cai hundos pikun videt
bala grandu lo urbo vetu trovet
ca hunda cai urbos kietun jutet
li domas lo domo verdu denove vokent
cai arbas kietun lo arbo grandu lo libre sub ofte sekvent
dama kel fluos rubun portet
li kavalas li leraros denove obsent
libra kietu kel leraros ca pome kun obset
ca flua lo arbo rubu jutet
cai damas cai navos urbe int lante trovent
li pomas kel damos rubun lante ament
dama felu leraro li hundes sub jutet
li agrikas rubun ca omo jutent
lo doma altu lo hundo grandu lante videt
cai omas ca navo jutent
ca horta kel omos lasun sekvet
lo dama lo auto lo flue sub voket
ca doma ca arbo hodie obset
flua lasu cai omos ca rege kietu kun portet
lo horta kel navos grandun rapide jutet
ca dama vetu ca libro altu kel agrikes junun int hodie trovet
ca oma ca libro kietu agrike junu sub jutet
ca doma lo fluo kietu hodie obset
cai regas kietun lo fluo felu vident
ca poma ca hundo voket
kel fluas kel ninos ament
cai hundas verdun li domos lo kavale kietu int trovent
lo nina li omos trovet
lo urba kel damos ca kavale apud lante voket
cai navas vetun lo leraro lasu li reges altun apud sekvent
kel agrikas lo navo vokent
lo miawa verdu cai urbos amet
lo libra verdu cai hundos voket
kel navas pipo ca pipe apud jutent
nava ca balo rubu sekvet
lo auta ca leraro jutet
ca lerara felu horto sekvet
lo nava cai kavalos altun obset
li fluas domo ca flue kun vident
li urbas felun lo miawo ca aute lasu kun jutent
lo horta lo kavalo videt
cai pomas altun nino sekvent
li hundas lo miawo piku ofte ament
kel hortas lo pipo trovent
li hortas kel urbos libre junu int vident
kel fluas ca damo cai pipes post jutent
lo doma cai miawos grandun hodie portet
lo horta ca miawo videt
horta li pipos felun ofte amet
lo doma lo nino cai kavales grandun apud trovet
ca poma felu kel pipos obset
cai kavalas lo domo libre junu post sekvent
kel hundas cai leraros verdun nine apud vident
kel urbas kel hundos junun lante jutent
ca kavala cai fluos junun trovet
kel urbas lo balo lo libre altu post jutent
kel hortas rubun cai balos vident
ca bala leraro jutet
lo kavala altu lo navo lante amet
flua cai domos trovet
cai arbas ca pomo sekvent
lo flua ca fluo lante amet
cai arbas verdun kel miawos denove vident
lo nava junu ca horto trovet
lo miawa agriko li hortes grandun int hodie sekvet
kel hortas kavalo lasu denove portent
lo agrika rubu li leraros cai lerares rubun sub portet
li domas li hundos li urbes sub obsent
ca flua junu fluo jutet
li libras lo fluo kel miawes felun post obsent
ca nina ca fluo lasu lo horte altu kun rapide sekvet
hunda damo dame apud amet
doma lo arbo kietu denove trovet
lo nava piku urbo junu kel flues altun post amet
ca arba omo li domes sub denove voket
ca nava cai hundos rubun voket
kel pipas vetun lo miawo vokent
flua grandu navo rubu li hundes sub portet
ca dama lasu kel regos ca nine kun denove jutet
ca urba li navos portet
lerara kel libros pikun ofte voket
li damas leraro lasu kel libres felun kun sekvent
kel urbas altun rego ca flue int portent
li urbas kel fluos ament
libra junu kel hundos amet
ca auta cai fluos obset
ca urba kietu ca nino piku bale felu int sekvet
cai ninas kel leraros sekvent
li autas kel omos jutent
lo hunda piku lo domo lo miawe int denove sekvet
lo lerara li leraros grandun jutet
kel regas cai miawos vetun hodie obsent
cai omas junun li pomos lasun jutent
li balas lo nino vident
cai miawas altun lo horto piku li flues pikun int rapide vokent
ca oma lasu li arbos rubun cai hundes kun sekvet
lo bala ca pipo obset
lo libra li hortos lo bale kun trovet
kel balas lo kavalo hodie portent
agrika lo arbo voket
li domas kel arbos trovent
li domas li damos ofte portent
cai leraras rubun cai libros altun denove portent
kel kavalas omo urbe vetu sub obsent
kel hortas miawo kel hortes verdun sub jutent
lo flua kel miawos altun voket
li navas cai autos junun li agrikes felun kun portent
ca flua ca hundo rege altu kun hodie amet
auta ca arbo lo miawe piku sub videt
cai navas grandun kel autos portent
lo oma ca arbo piku hodie voket
lerara lo hundo altu sekvet
ca nava junu lo fluo portet
cai libras verdun li pipos kel kavales sub jutent
cai autas junun li pomos verdun lante trovent
li omas li miawos cai domes sub portent
li leraras omo lante obsent
lo nina vetu leraro portet
li ninas lo nino cai arbes kun trovent
cai ninas ca damo jutent
cai fluas kietun cai ninos verdun sekvent
ca lerara vetu lo omo piku cai miawes felun post sekvet
lo bala felu lo horto ca flue verdu post denove voket
poma verdu ca nino voket
lo arba felu lo balo flue rubu kun hodie voket
li ninas miawo denove vident
ca kavala navo trovet
lo auta grandu lo leraro piku lo hunde post amet
horta li navos voket
cai domas rubun cai urbos kel dames sub hodie portent
