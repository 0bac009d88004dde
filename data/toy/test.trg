li omas nino altu urbe kun rapide vident
agrika lasu li hundos lasun sekvet
li ninas felun li agrikos vetun lante trovent
lo doma lo pomo kel lerares lasun sub denove trovet
cai regas lo fluo vokent
cai pomas pomo sekvent
lo agrika junu nino verdu sekvet
miawa kel navos vetun lo lerare kun ofte trovet
rega cai fluos arbe apud sekvet
libra piku kavalo verdu ca bale altu sub amet
cai pipas ca pomo vetu li arbes verdun int rapide vokent
li domas hundo rubu jutent
lo doma lo miawo voket
cai damas lo miawo li libres rubun int jutent
lo nava ca miawo portet
li navas ca hundo trovent
agrika lo kavalo portet
doma ca balo lo lerare sub videt
cai pipas li fluos felun obsent
horta kel autos sekvet
lo oma ca fluo hodie amet
cai kavalas altun lo agriko vetu denove vokent
li fluas ca kavalo ca miawe kun sekvent
ca oma arbo jutet
lo horta ca arbo portet
bala rubu lo horto portet
li arbas kietun li urbos ca hunde post denove vident
doma junu li urbos trovet
lo bala lo kavalo cai domes pikun int voket
lo doma cai autos junun voket
pipa ca agriko libre kun sekvet
lo rega ca arbo rapide videt
lo kavala lo urbo lasu jutet
kel pipas fluo sekvent
ca rega kel hortos sekvet
horta piku ca leraro verdu voket
dama altu li hortos voket
kel domas fluo lo horte piku apud vident
lo agrika ca kavalo ofte videt
cai libras kel pipos felun portent
li autas rego altu miawe altu kun trovent
li balas lo nino junu vokent
ca miawa cai pomos portet
ca arba nino ofte voket
lo lerara ca rego junu voket
ca doma kel domos ofte amet
li omas pikun lo miawo piku vokent
cai autas kel pipos trovent
cai hundas kel miawos verdun trovent
urba lo domo kel urbes kun sekvet
lerara kietu ca damo urbe kun rapide voket
cai pomas kel damos ament
kel autas grandun ca auto ament
miawa lo leraro rubu rapide jutet
oma arbo portet
ca agrika lo agriko jutet
li libras kel autos obsent
kel libras kel balos cai bales pikun apud vokent
cai omas verdun cai arbos pikun lo pome post jutent
cai hundas ca libro grandu vident
lo hunda ca arbo denove sekvet
nina junu ca rego piku videt
agrika leraro altu denove portet
ca poma hundo denove obset
li pomas ca libro altu sekvent
li hundas grandun urbo vetu sekvent
auta ca agriko videt
ca rega lasu ca kavalo videt
cai arbas felun kel hortos vokent
horta rubu li ninos ca miawe post voket
ca agrika lo arbo ca bale apud videt
li damas grandun lo pomo li arbes apud ament
poma felu lo arbo vetu obset
ca lerara kel navos lo dame kun videt
kel kavalas lasun ca rego obsent
ca pipa li hortos trovet
cai libras felun lo pomo vokent
lo lerara damo denove sekvet
cai omas pikun li pipos grandun jutent
cai urbas vetun cai urbos ca hunde post jutent
ca pipa grandu fluo sekvet
ca dama lo fluo piku li hundes grandun int videt
lo arba junu kel autos altun amet
li agrikas junun leraro ca agrike sub denove vident
ca rega lasu pipo libre kun amet
poma kel arbos ca nave altu sub videt
li hortas lasun balo sekvent
ca auta cai pipos videt
poma piku kel hortos ofte jutet
arba lo agriko junu ca aute post jutet
lo urba piku kel omos lasun amet
lo arba vetu lo omo sekvet
li arbas li navos kel urbes altun kun trovent
nava cai balos verdun voket
kel miawas ca damo lo rege kun jutent
lo miawa hundo jutet
rega agriko rapide trovet
cai hundas pikun cai ninos ament
doma ca hundo portet
kel damas hundo kel pipes kun ofte obsent
poma rubu damo voket
lo urba horto lante jutet
li domas kietun li libros vokent
lo nava lasu kavalo lo aute sub portet
cai omas felun libro hodie ament
bala auto junu obset
kel agrikas lo miawo rapide portent
li regas vetun navo piku li libres post jutent
bala verdu lo nino rapide portet
ca nina li balos sekvet
kel leraras kel hundos rapide vident
cai pipas ca damo rubu li flues altun post rapide trovent
ca nava ca omo ca nine kun amet
ca doma kel regos kietun denove obset
cai libras grandun lo domo felu li dames altun kun obsent
nava rubu kel arbos jutet
cai arbas libro dame verdu int denove ament
li kavalas ca horto sekvent
cai libras kietun fluo piku vokent
lo libra li arbos rapide trovet
pipa cai navos voket
lo dama lo fluo kietu trovet
li hortas lo domo vokent
cai urbas lasun cai leraros felun vokent
li hundas verdun lo nino li kavales apud sekvent
rega cai hundos pome verdu apud amet
li hortas grandun cai urbos altun kel hundes vetun kun vident
lo doma kel fluos pikun rapide obset
lo rega grandu cai urbos li libres rubun kun hodie portet
li ninas rubun lo auto kietu lo aute grandu apud obsent
urba ca agriko rubu portet
li domas kel hundos rubun hodie vokent
lo nina piku balo piku ca ome apud voket
lo doma felu lo nino junu lo pome int amet
doma lo urbo grandu trovet
agrika cai autos lasun ofte jutet
lo poma cai balos jutet
ca kavala kietu kel libros felun li lerares apud videt
pipa lo arbo lo flue apud voket
bala lo fluo lo urbe rubu apud voket
lo pipa vetu ca auto felu rapide portet
flua piku li omos jutet
lo bala cai balos trovet
nava lo kavalo obset
ca poma ca libro piku videt
lo hunda lo nino junu trovet
lo agrika rego kel reges post sekvet
li fluas balo kel hundes int trovent
libra vetu ca agriko vetu jutet
kavala verdu li damos verdun amet
lo horta lo libro lo bale rubu post trovet
cai ninas domo hodie sekvent
ca nava altu ca miawo denove voket
cai pipas altun kavalo lo agrike kietu apud hodie ament
horta kel omos pikun hunde int jutet
kel pomas lo rego felu vokent
doma altu fluo li miawes apud sekvet
cai navas balo portent
ca hunda verdu leraro rege post jutet
li libras rubun lo horto rubu lo libre kun vident
kel pomas li pipos obsent
li fluas lasun kel damos vokent
hunda kel autos li autes kun jutet
li pomas felun lo leraro denove sekvent
li pomas ca miawo ofte sekvent
kel hortas pikun cai pipos ofte vokent
cai pomas verdun domo sekvent
libra lo hundo altu voket
lo flua verdu fluo denove amet
ca kavala junu lo hundo ca flue post lante sekvet
lo agrika vetu lo pomo piku videt
lo miawa lo navo voket
kel domas lo leraro cai reges post trovent
cai ninas li balos trovent
oma li ninos voket
dama verdu kel pomos rapide voket
ca arba felu ca kavalo nine sub jutet
lo rega cai regos ca aute int videt
ca doma ca leraro obset
ca miawa vetu cai leraros lante obset
kel leraras li autos vetun obsent
li autas junun hundo felu hodie vident
kel ninas ca navo rubu ca flue apud sekvent
lo rega lasu ca hundo rubu rapide voket
li fluas kel domos li autes pikun post vident
ca lerara kavalo lante trovet
kel miawas lasun cai balos lasun portent
kel pomas cai domos lante trovent
kel domas grandun lo leraro trovent
ca horta ca fluo felu nine lasu sub voket
ca auta kel miawos ca pipe kun hodie amet
ca kavala kavalo ca agrike post ofte voket
cai leraras lo hundo grandu lo aute kun vident
doma lo balo grandu obset
lo agrika kel libros videt
lo rega ca arbo denove obset
lo hunda piku li omos lasun obset
kel omas ca arbo ament
lo flua lo auto obset
libra lo kavalo piku portet
cai ninas pikun lo kavalo lo pome kietu apud ament
cai arbas junun cai balos jutent
nina lo horto amet
cai arbas lo rego lante sekvent
li hortas cai urbos vident
li hundas junun cai urbos obsent
lo hunda altu lo navo amet
lo poma leraro lo pipe kietu post portet
ca nava lasu ca leraro trovet
lo miawa vetu kel pipos ofte obset
doma piku navo denove jutet
lo arba piku lo hundo kietu li dames grandun kun portet
cai balas lo rego trovent
li arbas lo auto junu lo horte post vident
lo nina lo pomo videt
kel omas verdun ca hundo ofte jutent
ca auta nino rubu li hortes verdun apud sekvet
kel libras altun kel fluos trovent
lo nina kel urbos rubun trovet
lo libra ca omo junu nine grandu kun amet
lo lerara kietu rego hodie sekvet
ca pipa lo nino altu denove videt
lo dama lo pipo ofte obset
ca dama altu kel urbos pome apud sekvet
ca urba kietu li ninos junun voket
lo dama lasu li agrikos lante videt
cai balas verdun kel fluos denove vident
rega altu lo arbo portet
pipa damo sekvet
lo auta piku rego jutet
ca pipa lo balo lasu portet
lerara damo videt
kel miawas kietun balo cai miawes post vokent
kel damas verdun lo balo junu hodie jutent
flua junu cai regos rubun sekvet
lo pipa lo navo denove videt
lo pipa kel autos pikun portet
ca poma ca miawo verdu trovet
lo arba li omos sekvet
auta ca pomo denove portet
lo dama felu auto vetu li nines vetun kun sekvet
cai leraras lasun nino vetu lo dome post trovent
ca miawa lo urbo ca dome sub jutet
kel balas li fluos trovent
lo hunda urbo ofte amet
lo libra lo kavalo hodie videt
lo flua grandu cai regos ca pipe int denove jutet
cai libras cai hundos bale int trovent
rega junu lo nino jutet
kel fluas felun ca pipo vetu lante jutent
lo miawa auto rubu lerare int jutet
poma lo fluo verdu voket
lo nina li hortos verdun li naves kun sekvet
li omas vetun urbo vokent
lo oma lo leraro piku hodie jutet
oma altu ca leraro trovet
lo oma kietu ca horto ca hunde apud portet
auta cai damos li miawes post sekvet
cai leraras kel hortos rubun vokent
kel libras lo miawo rapide ament
li miawas pikun li libros vetun ome kun vident
ca bala grandu cai urbos obset
hunda urbo voket
ca lerara cai pomos cai kavales kun amet
ca poma piku lo balo hodie amet
ca rega verdu kel autos lo horte junu sub trovet
li pipas vetun lo pomo grandu cai lerares kun hodie obsent
cai leraras altun li balos obsent
cai navas felun li pomos obsent
li hortas rubun lo miawo denove jutent
ca poma lo navo trovet
kel domas verdun cai kavalos obsent
ca poma cai leraros lo pome sub ofte jutet
li pipas ca miawo ament
li urbas cai navos denove sekvent
cai agrikas ca urbo junu vokent
ca rega junu ca nino rubu voket
cai leraras auto sekvent
cai agrikas felun lo hundo rubu jutent
li agrikas felun libro rubu vokent
ca miawa damo kietu ca miawe piku apud videt
flua vetu cai ninos altun libre grandu post voket
li miawas lo libro denove ament
ca bala lasu ca fluo obset
lerara ca damo sekvet
kel fluas junun cai miawos grandun lo libre felu kun rapide ament
ca horta grandu kel pomos ca arbe kun voket
urba lo miawo amet
libra kel miawos denove sekvet
ca bala kel fluos rubun amet
rega cai ninos sekvet
ca doma rubu lo urbo felu li miawes apud jutet
ca pipa agriko voket
lo poma kel ninos vetun li miawes rubun apud trovet
ca horta junu ca damo trovet
ca oma li leraros trovet
kel autas cai hortos obsent
cai pomas urbo altu rapide obsent
kel pomas lo rego ament
kel omas ca leraro urbe lasu int rapide trovent
ca nina cai agrikos ofte portet
lo libra junu agriko obset
ca nava kietu lo nino lo bale kun denove trovet
flua damo urbe apud rapide voket
cai leraras felun kel hortos ca rege kun trovent
cai pomas felun damo obsent
lo doma cai leraros grandun hodie sekvet
cai urbas lasun kel pomos ca dame sub jutent
cai navas lasun rego lo bale int trovent
cai kavalas verdun cai miawos altun lo ome lasu int portent
oma lo nino felu cai arbes int voket
kel agrikas altun li libros pikun lo nine int hodie trovent
li pipas grandun damo rapide trovent
lo horta ca kavalo altu lo pipe altu int portet
lo poma lasu ca omo altu kel lerares lasun sub lante voket
cai autas altun lo horto verdu hodie vokent
lo dama cai pipos sekvet
li balas cai omos ca aute int denove portent
kel hortas lo kavalo dome apud portent
lo doma ca fluo obset
cai omas cai arbos lasun rapide vokent
cai ninas li fluos ca ome apud portent
flua kietu cai balos felun portet
horta lo domo verdu jutet
rega altu ca hundo vetu ca dame kun lante amet
oma kel hundos altun jutet
ca horta vetu nino amet
lo auta verdu kel damos obset
ca horta vetu omo felu jutet
li domas felun cai navos ofte trovent
kel leraras li hundos lasun ca hunde lasu int ofte ament
li fluas cai domos portent
ca miawa lo horto hodie videt
lo lerara lasu kel agrikos grandun lo hunde kun amet
bala rubu ca pipo ca agrike apud denove sekvet
ca hunda lasu hundo cai naves post ofte jutet
kel fluas omo ofte sekvent
lo auta kel hortos li urbes apud videt
nava ca domo kietu lo horte grandu kun denove sekvet
cai regas li autos verdun ament
ca flua li libros pikun ca libre kietu sub videt
miawa lo horto vetu obset
lo pipa junu kel ninos vetun lo pome int denove voket
cai hortas li pomos cai pipes felun sub vident
poma kel omos lante trovet
bala ca miawo hunde piku post portet
kel hundas kel pomos felun obsent
ca flua ca auto amet
kel autas li pipos lasun cai libres kietun kun obsent
lo urba piku li pomos nine sub videt
pipa cai autos ca lerare vetu kun voket
li navas pikun domo denove sekvent
cai leraras grandun damo lo ome piku apud rapide jutent
ca hunda grandu fluo amet
lo horta leraro portet
bala rubu urbo amet
kavala li agrikos grandun ca arbe apud voket
lo lerara kel hortos li agrikes post sekvet
urba lo rego rubu obset
ca miawa auto obset
kel leraras li regos pikun vokent
kel autas lo hundo sekvent
libra vetu li hundos voket
pipa ca miawo trovet
kel autas verdun lo kavalo jutent
rega piku fluo hunde lasu sub lante obset
kel navas felun ca libro sekvent
poma vetu ca navo pome post amet
ca libra piku cai agrikos rubun rege int denove obset
urba ca omo kietu amet
ca rega felu lo pipo kietu portet
arba kel leraros lo rege kietu sub obset
libra rubu li leraros ca rege apud rapide trovet
pipa lo urbo sekvet
nava cai kavalos voket
ca auta piku lo leraro altu portet
ca rega hundo verdu trovet
lo auta piku kel omos jutet
li kavalas altun cai pipos rapide portent
ca miawa piku ca agriko videt
ca bala ca nino obset
ca auta piku ca balo amet
horta ca damo voket
li domas cai hortos cai flues post trovent
li arbas junun kel urbos pikun lante trovent
li damas lo agriko ca agrike verdu sub vident
ca urba cai urbos jutet
li hundas lo damo junu obsent
ca libra altu ca domo obset
dama lo agriko rubu portet
cai miawas pikun kel urbos altun obsent
ca oma li miawos voket
lo kavala kel pipos obset
lo oma felu lo pomo altu amet
li navas kel damos vokent
lo doma lo leraro jutet
lerara li navos denove videt
ca flua lo miawo grandu ofte sekvet
rega kietu lo domo amet
lo nava verdu li pomos portet
cai ninas navo trovent
ca nava lo nino trovet
cai autas cai damos grandun portent
li domas leraro junu sekvent
lo urba lo pomo amet
urba fluo lasu li miawes int amet
kel ninas lo arbo vokent
doma leraro kietu sekvet
cai urbas ca horto felu hodie jutent
ca dama lasu li arbos altun rapide trovet
lo miawa li libros dome apud portet
li navas felun ca agriko ca bale int ofte sekvent
ca flua lo horto lo lerare piku apud trovet
kel miawas nino junu obsent
ca doma grandu rego videt
cai miawas li damos lante trovent
kel omas vetun lo kavalo trovent
cai hundas rubun kel agrikos kietun li arbes int ofte portent
li libras li agrikos grandun portent
li omas rubun cai miawos grandun lante obsent
kel hundas li urbos vokent
cai hundas agriko obsent
dama ca hundo voket
lo horta ca agriko lasu trovet
li urbas grandun nino ca agrike kun obsent
lo flua li agrikos portet
lerara lo leraro felu jutet
lo auta vetu ca urbo rubu obset
ca auta kel omos vetun videt
kavala altu cai miawos denove portet
li kavalas ca rego grandu ofte ament
ca dama ca pipo dame rubu post portet
kel pomas felun ca libro hodie jutent
lo agrika ca hundo lasu pome kietu kun trovet
ca bala ca hundo hodie sekvet
li navas kel leraros ofte jutent
li damas vetun ca agriko cai pomes felun int hodie obsent
lo lerara navo portet
cai kavalas vetun kavalo felu portent
flua damo ofte portet
ca urba vetu li pomos urbe post lante trovet
cai domas rubun lo agriko rubu agrike vetu int vokent
cai ninas ca urbo piku li urbes rubun apud portent
miawa piku pipo sekvet
lo urba lo arbo libre apud amet
ca flua lo nino trovet
kel omas ca libro lasu ament
horta li pomos amet
lo doma grandu li ninos videt
cai autas balo kietu sekvent
ca pipa lo rego junu nine altu sub ofte videt
kel regas leraro vident
nina cai balos videt
miawa ca horto lante videt
ca agrika cai fluos verdun libre kun ofte sekvet
cai regas ca damo verdu li pomes sub sekvent
cai damas verdun li pomos felun kel agrikes lasun int trovent
lo bala kel damos verdun rapide amet
cai navas vetun cai balos grandun portent
cai arbas li pipos sekvent
lo lerara kel hortos vetun rege post voket
lerara junu lo kavalo rubu trovet
lo horta pomo lo hunde kun denove sekvet
li damas kavalo vetu lo kavale altu kun hodie trovent
ca hunda cai leraros voket
cai pipas cai libros lasun rapide portent
pipa cai libros lasun hodie amet
li libras felun arbo altu lante trovent
cai regas rego portent
kel libras kietun ca pipo rapide jutent
li navas fluo cai pipes kun ament
li balas miawo kel miawes lasun sub lante sekvent
lo bala nino kietu voket
kel arbas cai regos hodie jutent
ca lerara ca omo cai domes apud rapide videt
ca pipa rubu li regos videt
ca lerara li autos portet
lo lerara lo pipo verdu amet
cai miawas cai navos verdun jutent
cai arbas grandun lo pomo grandu vident
li urbas pikun kel ninos urbe sub denove trovent
ca oma ca navo altu lante amet
lo nina lo libro obset
miawa kietu cai balos kel urbes kun amet
cai urbas li navos verdun trovent
cai arbas junun miawo piku libre lasu post trovent
lo pipa lasu ca libro voket
lo oma lo fluo sekvet
dama junu li navos lo flue junu post hodie videt
ca doma junu lo miawo rapide obset
li ninas balo ofte ament
kel miawas cai libros agrike vetu sub sekvent
lerara cai hundos lo libre vetu kun sekvet
ca hunda li balos lo bale sub rapide voket
nava lo kavalo rubu lo agrike kun denove sekvet
li kavalas rubun kel autos verdun lo dome sub vokent
lo horta vetu ca kavalo lasu denove sekvet
li kavalas nino ament
ca libra kel arbos kietun ofte amet
lo pipa ca agriko obset
