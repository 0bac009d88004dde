ca lerara ca fluo kietu portet
lo oma lo pomo rapide trovet
ca urba lo arbo lo aute int amet
cai kavalas arbo felu lo nine int obsent
cai leraras ca navo vokent
lo kavala rego lo rege sub lante amet
oma li fluos kietun amet
kel navas lo damo rapide portent
kel libras ca rego kel kavales grandun sub lante vokent
lo kavala lo navo denove obset
flua kietu li navos lante trovet
li fluas leraro grandu ament
ca hunda piku nino piku portet
bala junu hundo felu jutet
lo poma kel hundos cai miawes sub trovet
ca oma vetu kel navos li nines lasun int trovet
li leraras grandun ca pomo rubu ca urbe apud vident
lo urba kel agrikos voket
miawa ca urbo vetu videt
li hundas lo pipo ament
arba lo damo dome apud rapide obset
flua rubu li miawos felun jutet
lo horta horto portet
cai hortas ca navo cai arbes lasun sub sekvent
oma ca pipo trovet
kel regas kel libros portent
bala rubu lo urbo rubu obset
miawa libro kietu kel pipes kun voket
ca agrika hundo videt
li libras altun lo hundo ament
auta miawo cai pomes lasun int rapide amet
lo nina urbo vetu sekvet
ca poma balo ofte trovet
arba kel hundos amet
cai regas ca libro ofte sekvent
kel omas agriko kel bales altun kun rapide obsent
kavala lasu cai arbos videt
kel urbas grandun ca urbo rapide portent
lo libra li arbos obset
lo pipa cai agrikos libre kun amet
ca nina hundo verdu portet
kel arbas grandun cai omos lasun portent
ca urba grandu li leraros felun jutet
kel domas omo jutent
ca nava kel balos li flues sub ofte voket
lo libra urbo hodie trovet
ca kavala ca auto rubu obset
lo auta junu nino kietu rapide voket
li miawas omo lo horte altu int lante vident
lerara cai leraros li hundes lasun post portet
lo arba omo li nines kietun apud voket
kel damas verdun kel regos rege vetu post vident
li balas felun lo kavalo rubu ofte trovent
ca nina junu ca hundo ca pipe kun sekvet
auta kel kavalos kel domes kun sekvet
kel agrikas kietun lo nino ament
cai miawas urbo rubu obsent
ca kavala lo miawo denove amet
lo flua piku navo vetu trovet
li agrikas ca pomo altu ament
li kavalas cai regos denove vident
kel urbas vetun lo nino vetu hodie jutent
lo agrika kel miawos lo lerare apud denove portet
ca flua miawo amet
ca oma lo leraro rubu jutet
li arbas altun li regos rapide vokent
ca flua li omos li nines apud jutet
flua altu ca horto amet
kel domas ca arbo rubu rapide vokent
lo kavala junu ca pomo ofte voket
li agrikas felun lo kavalo jutent
kel damas junun cai ninos obsent
li leraras verdun ca pomo grandu denove vident
li libras verdun lo domo portent
ca libra rubu ca miawo kel libres junun apud jutet
li agrikas altun lo libro felu vokent
poma lo miawo obset
lo oma li libros videt
cai arbas kel omos portent
kel ninas vetun lo arbo vetu hodie portent
ca pipa kel pomos kel reges int videt
lo dama altu ca agriko grandu lante amet
ca urba cai omos lo bale vetu int trovet
kel balas lo balo trovent
lo hunda junu lo fluo kietu ca urbe kun obset
cai ninas auto lante vident
poma grandu kel pomos grandun li dames post portet
lo oma cai omos altun kel flues lasun sub sekvet
nava cai domos kel urbes apud rapide videt
li fluas vetun lo pomo obsent
flua rubu cai miawos hodie sekvet
pipa verdu ca auto lo hunde sub ofte trovet
kel navas vetun cai miawos rapide vident
li miawas verdun ca rego vetu denove sekvent
lo dama libro portet
kel regas ca damo vetu portent
nava li agrikos felun ofte jutet
lerara li domos voket
ca hunda li libros rege apud sekvet
ca kavala lasu damo lasu kel naves post trovet
kel kavalas pikun li pomos lasun li kavales sub jutent
cai autas vetun lo libro kietu trovent
urba junu kel urbos trovet
lo poma piku lo damo rege verdu kun denove obset
li navas grandun cai leraros junun ofte trovent
ca doma kel damos altun miawe grandu int sekvet
lo rega kietu lo agriko lo bale felu apud portet
ca hunda grandu urbo lasu voket
cai hundas li fluos cai lerares pikun kun ofte portent
nava ca miawo ca aute kun ofte obset
lo urba lo pomo voket
urba cai domos voket
kel hortas omo ofte sekvent
lo horta cai leraros rubun cai reges vetun sub lante voket
ca doma felu lo horto portet
cai navas ca nino trovent
li pomas li arbos obsent
lo miawa pomo trovet
oma kavalo ofte trovet
kel leraras vetun li regos vetun vokent
kel urbas grandun ca balo kietu ca urbe post hodie trovent
lo poma vetu lo hundo voket
kel agrikas kietun pomo li omes sub trovent
li fluas vetun ca urbo altu obsent
cai fluas pikun ca damo sekvent
lo arba junu li ninos trovet
dama lasu ca nino voket
cai miawas lo navo rubu li autes post trovent
lo hunda verdu lo leraro lasu rapide jutet
cai leraras vetun agriko hodie portent
flua li libros li pomes kun amet
li domas pikun li navos verdun jutent
lo pipa cai kavalos lasun ca lerare vetu sub obset
nina lo miawo vetu lo aute verdu kun jutet
ca bala ca nino hodie portet
kel fluas lasun li hundos altun lante sekvent
kel domas ca nino kel dames sub obsent
li pipas leraro dome altu int jutent
cai urbas li damos lo ome altu int trovent
lo urba altu domo li urbes post sekvet
nina lo hundo obset
kel omas ca domo pipe lasu sub ofte vokent
cai kavalas ca leraro ofte obsent
ca agrika libro jutet
cai urbas kel libros rubun obsent
ca horta vetu lo domo jutet
kel regas ca auto li arbes sub vokent
cai fluas kel regos verdun lo lerare kun ament
ca arba junu kel domos trovet
lo oma lo libro kietu ca bale apud rapide videt
kavala rubu lo leraro voket
ca rega cai libros aute int voket
lo pipa li arbos amet
li fluas lasun li agrikos cai urbes lasun int trovent
cai leraras lo arbo verdu hunde kun hodie portent
kel autas junun lo arbo grandu denove trovent
cai regas kel agrikos lo arbe int sekvent
ca oma vetu kel urbos felun denove jutet
kel libras lo nino vident
li domas kel pipos lasun vident
li fluas verdun lo horto junu rapide trovent
lo dama kietu fluo verdu portet
lo urba cai arbos li domes apud amet
cai navas li hundos sekvent
lo doma junu ca nino rubu videt
lo miawa vetu omo ca urbe post voket
kel pipas vetun lo urbo lasu lo flue lasu apud vident
hunda vetu ca domo li omes kun voket
ca bala ca pipo piku trovet
ca oma verdu li arbos verdun portet
lerara cai pomos rubun portet
ca lerara li regos jutet
ca lerara lo nino lo flue apud sekvet
libra grandu lo nino ofte jutet
ca miawa lo damo amet
ca pipa verdu cai arbos rubun sekvet
ca hunda lo omo videt
ca bala li balos li domes post denove sekvet
cai domas ca omo trovent
dama lo horto videt
lo auta verdu li domos vetun ca lerare altu post hodie sekvet
lo agrika kel leraros lante obset
li kavalas lo libro ofte sekvent
kel leraras ca balo jutent
ca nava kel miawos jutet
ca agrika damo piku rapide trovet
li leraras miawo ament
doma kavalo ofte portet
ca poma lasu li miawos altun ca dame kun videt
li ninas li kavalos lasun jutent
ca miawa urbo lasu sekvet
lo agrika li pipos rapide videt
lo bala fluo sekvet
li navas grandun agriko ca lerare post vident
lo auta domo kietu hodie obset
ca horta lo pipo rubu ca kavale int videt
ca pipa lo kavalo cai domes sub amet
cai balas li miawos denove sekvent
rega li pomos sekvet
ca agrika cai pipos altun ca ome post jutet
hunda altu ca miawo lo ome grandu apud rapide portet
ca arba li pipos junun portet
li domas rubun domo sekvent
oma vetu ca fluo trovet
ca bala kel pipos vetun lo dome lasu sub trovet
cai libras felun ca balo trovent
cai damas ca damo ament
lo flua fluo voket
hunda altu pomo trovet
miawa lo urbo kietu sekvet
ca lerara altu cai pipos rubun li hundes junun post obset
kel pipas lo pomo junu nave vetu post vident
ca auta rubu kel navos rubun lante sekvet
ca dama lo damo videt
lo auta li urbos aute post hodie sekvet
lo bala junu kel omos lo flue int videt
lo miawa kel arbos lo arbe sub portet
lo pipa li arbos portet
agrika lo fluo jutet
lo hunda arbo vetu kel pipes apud portet
lo nina rubu lo pomo kietu hodie videt
lo hunda li balos jutet
kavala kel navos vetun obset
lo flua ca rego hodie obset
agrika vetu kel regos lo kavale vetu kun denove voket
libra cai omos li dames sub jutet
lo pipa felu lo domo lerare kietu sub obset
ca horta li navos amet
lo oma lo pipo rapide trovet
flua agriko obset
cai balas lo urbo dome vetu post hodie vident
lo horta li agrikos verdun sekvet
li omas cai regos vetun ofte portent
lo auta cai fluos jutet
ca dama lo nino ca miawe apud rapide voket
rega junu li domos videt
kel domas rubun ca fluo junu kel kavales lasun post ofte portent
lo libra auto portet
lo agrika ca horto rubu bale altu sub lante jutet
kel damas ca kavalo hodie vokent
nina li kavalos sekvet
kel kavalas ca omo jutent
poma cai hundos amet
li domas grandun ca fluo junu pome int lante jutent
kel agrikas li urbos portent
li pomas domo vident
bala junu lo domo piku lo rege piku int voket
ca pipa leraro amet
li miawas ca pomo felu ament
lo auta cai regos pipe felu kun videt
poma ca auto kietu lante portet
lo urba kietu kel autos verdun ome int obset
miawa vetu lo fluo verdu ofte videt
ca libra li arbos lasun hodie amet
ca kavala nino altu lante voket
li agrikas li ninos pikun trovent
ca kavala urbo sekvet
li arbas junun miawo li hortes int denove ament
li regas urbo cai nines int denove portent
lo agrika kietu li hortos agrike kun jutet
ca hunda junu li libros felun lo nine grandu post jutet
li hundas kel pomos denove sekvent
li autas lo nino piku rapide obsent
lo agrika lo fluo lasu rapide sekvet
ca oma altu kavalo junu kel agrikes int portet
lo lerara altu lo kavalo lo agrike kietu int hodie trovet
kel balas omo piku hodie vident
cai domas cai damos vetun trovent
bala piku lo auto ca arbe kietu kun obset
cai arbas ca urbo hodie ament
lo nava ca libro jutet
li navas felun lo agriko trovent
li arbas lo domo obsent
libra ca balo lasu voket
cai pomas altun ca kavalo trovent
lo doma ca hundo lante videt
cai agrikas lasun li autos vident
ca hunda ca libro sekvet
li urbas kel balos vetun sekvent
oma lo leraro rubu amet
lo nina piku li domos altun trovet
kel pipas lasun cai urbos junun cai pomes kun ofte trovent
kel pipas ca fluo kietu lo nine lasu int ament
li regas ca hundo lasu cai naves apud rapide ament
nava pomo ca bale verdu apud videt
ca nina junu lo leraro vetu trovet
li fluas ca navo sekvent
lo miawa vetu li ninos hodie voket
ca kavala piku damo libre post denove voket
urba lo hundo portet
doma lasu kel arbos jutet
cai domas lo miawo kel lerares apud obsent
ca lerara felu cai urbos lo flue kietu sub videt
doma lo navo portet
li domas kietun domo kietu jutent
li urbas li kavalos denove ament
lo doma junu navo piku obset
lo nina grandu cai omos verdun trovet
lo auta ca urbo rubu obset
kel hundas ca agriko trovent
miawa felu li fluos kel kavales sub ofte obset
ca miawa rubu lo damo denove amet
li autas felun li navos kietun aute sub denove trovent
lo urba li urbos rapide portet
kel libras kel autos ca urbe kun obsent
lo pipa lo libro sekvet
kel agrikas cai regos vokent
ca rega kel urbos cai agrikes kun trovet
lo dama li navos verdun ca agrike grandu sub hodie trovet
ca bala ca balo lasu amet
kel damas ca agriko ca arbe apud trovent
flua altu ca balo hodie jutet
lerara piku lo pipo vetu kel urbes verdun kun videt
ca auta lo auto lo nave kietu apud trovet
oma ca pomo lasu hodie voket
lo hunda kietu kel damos amet
ca hunda lo omo li bales rubun sub videt
li miawas agriko kietu cai nines apud rapide trovent
li autas cai autos sekvent
lo rega ca balo portet
rega ca navo ofte videt
lo nava lo arbo junu lante obset
agrika arbo lo rege sub voket
kel balas li urbos grandun obsent
auta leraro grandu videt
cai miawas balo rubu ofte vident
li ninas cai arbos pikun obsent
cai omas lasun li damos grandun sekvent
li urbas verdun lo miawo altu lante obsent
poma ca pomo felu kel flues felun sub videt
cai ninas lo auto lante trovent
kel ninas lo arbo rubu kel domes junun post jutent
li libras felun lo libro altu vident
lo rega kietu kavalo verdu kel dames junun sub videt
agrika ca rego li bales kun ofte trovet
li autas lo pomo vident
flua lasu cai domos pikun voket
kel urbas lo urbo obsent
kel fluas li fluos lasun obsent
cai autas ca horto vetu ament
lo nina piku kel domos cai agrikes post voket
cai pipas kel ninos lasun ofte obsent
urba vetu agriko altu jutet
li kavalas pipo altu trovent
ca oma fluo rapide obset
li pipas ca horto felu obsent
kel arbas kietun ca navo trovent
li navas grandun rego ome piku int trovent
cai balas cai damos altun cai pomes altun int vident
ca arba lasu miawo lasu ofte jutet
lo lerara vetu ca auto voket
kel arbas lasun li balos obsent
flua lo leraro lante videt
flua pomo obset
cai domas felun ca horto rapide vokent
cai damas pipo lo urbe post hodie sekvent
ca arba ca libro kietu hodie jutet
lo miawa lasu li balos miawe post denove obset
li arbas ca libro vetu rege vetu sub portent
kel autas lasun urbo piku ofte ament
flua felu li navos sekvet
lo doma kietu li kavalos rubun cai urbes sub amet
kel regas kel navos bale kietu int obsent
kel pipas li regos kel arbes vetun post vokent
ca flua ca arbo rege grandu apud trovet
lo rega felu li damos horte lasu sub sekvet
li agrikas li leraros kietun ca pipe post jutent
li ninas horto cai omes apud hodie obsent
lo flua li urbos altun sekvet
lo miawa libro sekvet
ca flua li domos voket
lo pipa lo arbo verdu amet
ca urba cai navos ca kavale kietu int rapide portet
kel autas ca auto ofte sekvent
lo horta lo urbo videt
kel regas altun ca damo lo arbe kietu int hodie portent
nava lo auto grandu cai reges verdun apud trovet
ca horta junu li kavalos grandun rapide trovet
li balas cai autos sekvent
cai leraras lo kavalo obsent
horta altu li hundos kavale vetu int videt
ca poma li damos denove trovet
cai arbas lasun li libros lante jutent
li pipas cai ninos obsent
cai hortas lo balo lasu portent
ca libra cai kavalos ofte videt
ca doma kel navos ca pome post jutet
nava junu ca leraro obset
lo lerara lo balo verdu ca hunde int amet
kel hundas junun kel hortos ca kavale int denove vident
ca auta li miawos felun sekvet
lo horta ca miawo rapide trovet
lo nava felu ca pomo ca flue kun rapide videt
lo oma li regos kietun trovet
poma junu ca arbo sekvet
kel leraras li hundos rapide portent
lo arba li pipos altun lerare verdu apud trovet
cai regas lasun omo rubu obsent
cai regas altun ca kavalo vokent
kel balas li fluos sekvent
li miawas cai hundos trovent
cai hundas damo rubu ament
lo oma verdu fluo li urbes apud ofte trovet
ca dama li balos lante portet
lo pipa navo rubu ca urbe altu post lante voket
ca agrika ca leraro kel bales lasun post trovet
pipa verdu cai autos obset
oma vetu lo omo kel arbes sub voket
lo hunda rubu kel miawos kel naves rubun post rapide videt
lo rega vetu kel libros kietun obset
cai damas lasun ca balo li urbes post vokent
li omas li fluos sekvent
kel hundas rubun pomo junu vokent
kel hundas lasun kavalo junu sekvent
bala navo portet
pipa altu li domos obset
ca bala kietu cai hortos portet
poma kietu ca domo rapide portet
li regas kel navos vident
ca rega urbo portet
li navas lo leraro horte apud jutent
cai balas vetun ca fluo rubu denove ament
kel domas ca rego hodie jutent
kel ninas kel regos lo dome sub vident
kel domas lo omo portent
li hundas ca omo trovent
li ninas lo kavalo vokent
li hortas grandun li hortos felun vident
lo nava piku li miawos lo kavale post videt
lo miawa ca leraro videt
flua li fluos lo dame sub portet
auta kel hortos kietun lo urbe lasu sub rapide voket
cai pipas kietun ca domo hodie ament
kel pipas kel fluos trovent
lo doma lo balo grandu cai autes sub denove jutet
lo libra lo kavalo lo horte grandu apud obset
cai pomas lasun li omos verdun ofte jutent
cai kavalas cai pomos ca dame int obsent
lo lerara ca auto portet
lo auta ca leraro lante sekvet
li balas ca pomo vokent
kel libras felun lo horto obsent
cai urbas vetun lo pomo ca pome sub obsent
kel domas li damos altun sekvent
agrika vetu ca kavalo trovet
cai damas grandun lo kavalo vetu vident
agrika ca urbo ofte amet
horta verdu nino li libres kun voket
li agrikas junun miawo altu kel nines kun trovent
kel damas kel arbos altun vokent
li fluas lasun cai miawos ament
kel urbas kel leraros vokent
ca lerara felu fluo piku ca nine vetu apud jutet
ca hunda lo agriko altu videt
lo horta li libros jutet
ca lerara ca pomo ca dome post hodie trovet
cai regas kietun li pomos kietun portent
li domas lo pomo altu jutent
pipa kietu hundo sekvet
cai navas pikun nino rubu trovent
ca doma ca rego denove jutet
lo kavala lo miawo ofte amet
cai agrikas li omos kel hundes int vokent
kel leraras lo fluo trovent
lo horta junu lo navo lante voket
lo nava rubu miawo li arbes post hodie jutet
lerara cai leraros trovet
cai autas ca pipo ome sub ofte vident
lo nava vetu kel libros felun videt
bala ca domo kietu jutet
kel arbas lasun kel libros sekvent
auta cai autos ca pome apud hodie jutet
li omas horto ca miawe kun obsent
lo nava ca navo verdu ca nave sub amet
li fluas altun li hundos vokent
li pipas ca libro rubu jutent
lo oma li kavalos pome post jutet
li navas li pipos kel pipes post obsent
cai agrikas felun ca pipo obsent
li omas ca auto trovent
kel libras verdun ca libro altu portent
lo miawa li hortos portet
doma domo sekvet
ca bala li hortos junun li autes rubun post portet
lo kavala kietu lo pomo vetu voket
cai pipas cai leraros vident
horta rego amet
lo nina piku ca miawo altu obset
ca poma rubu arbo obset
nava rubu kavalo lante obset
li balas verdun lo omo kel autes junun int ament
lo doma grandu rego amet
lo miawa altu ca leraro felu trovet
kel regas cai arbos lerare int vident
kel autas fluo ca flue altu int trovent
miawa ca urbo felu sekvet
ca lerara lasu damo grandu voket
lo libra urbo lo dome sub obset
ca hunda ca kavalo obset
cai balas ca pomo verdu sekvent
