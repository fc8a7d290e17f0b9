// Common words of news English that are never a person's name on their own: a capitalised one alone where a
// speaker's name should be ("Witnesses told police", "Prosecutors say", "Aides said") names no one. Made by
// scripts/commonWords.mjs from 2,188 news reports: each is written in lower case 50 times or more there
// and alone with a capital mid-sentence at most once for every 20 of those. Do not edit by hand; run the script again.

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'ability able abortion about above abroad absence absolute absolutely abuse abused abuses accept accepted ' +
    'accepting access accord according account accountable accounts accurate accusation accusations accuse ' +
    'accused accuser accusing achieve acknowledge acknowledged across act acted acting action actions active ' +
    'activist activists activities activity acts actual actually ad add added adding addition additional address ' +
    'addressed addresses addressing adds administration admissions admit admitted adopted ads adult adults ' +
    'advance advanced advantage advice advised adviser advisers advocacy advocate advocates affair affairs ' +
    'affect affected afford afraid after aftermath afternoon afterward again against age agencies agency agenda ' +
    'agent agents aggressive ago agree agreed agreement agreements ahead aid aide aides aim aimed air aircraft ' +
    'airport airstrikes aisle al alert aliens alive all allegation allegations alleged allegedly alliance allies ' +
    'allow allowed allowing allows ally almost alone along alongside already also alternative although always am ' +
    'ambassador amendments amid amnesty among amount amounts an analysis analyst analysts and anger angry ' +
    'anniversary announce announced announcement announcing annual anonymity anonymous another answer answered ' +
    'answers any anybody anyone anything anyway anywhere apart apartment apologize apologized apology apparent ' +
    'apparently appeal appear appearance appeared appearing appears applause application applications apply ' +
    'appointed appointment approach appropriate approval approve approved archived are area areas argue argued ' +
    'argues arguing argument arguments arm armed arms around arrest arrested arrival arrive arrived articles as ' +
    'aside ask asked asking asks assault assaulted asserted assertion assessment assets assigned assistance ' +
    'assistant associate associated associates assured asylum at attack attacked attackers attacking attacks ' +
    'attempt attempted attempting attempts attend attended attending attention attorney attorneys audience ' +
    'author authorities authority authorization authorized automatic available average avert avoid avoided aware ' +
    'away back backed background backing backlash bad badly bag balance balk ballistic ballot ballots ban bank ' +
    'banks banned banning bar barbaro barely base based basic basically basis bathroom battle battleground ' +
    'battles be bear beat beautiful became because become becomes becoming been before began begin beginning ' +
    'begins begun behalf behavior behind being belief beliefs believe believed believes below benefit benefits ' +
    'better between beyond bias bid big bigger biggest bill billion billionaire billions bills bipartisan birth ' +
    'bit black blame blamed blast blasted blasts block blocked blood blow board boat body bomb bomber bombers ' +
    'bombing bombings bombs book boost border borders born borrowing boss both bottom bound box boy boys branch ' +
    'brand break breaking breaks bridge brief briefed briefing briefly bring bringing brings broad broader broke ' +
    'broken brother brothers brought budget build building buildings built bulk burden bus business businesses ' +
    'businessman but buy by cable call called calling calls calm came camera cameras camp campaign campaigned ' +
    'campaigning campaigns campus can canceled candidacy candidate candidates cannot cap capabilities capable ' +
    'capacity capital caption capture captured car carbon card care career careful carefully carried carry ' +
    'carrying cars case cases cast caucus caucuses caught cause caused ceiling celebrate celebrates cell central ' +
    'ceremony certain certainly chain chair chairman challenge challenged challenges challenging chamber ' +
    'champion chance chances change changed changes changing channel chaos character characterized charge ' +
    'charged charges check checks cheers chemical chief child children choice choose chose chosen church ' +
    'circumstances cited cities citing citizen citizens citizenship city civil civilian civilians claim claimed ' +
    'claiming claims clash clashes class classified clean clear clearance cleared clearly client cliff climate ' +
    'close closed closely closer closest closing coal coalition code colleague colleagues collect collected ' +
    'collection college collusion color column combat come comes comfortable coming command comment comments ' +
    'commission commit commitment committed committees common communication communications communities community ' +
    'companies company compared complained complaint complaints complete completed completely complex ' +
    'complicated comply compound comprehensive compromise computer concern concerned concerning concerns ' +
    'conclude concluded conclusion conclusions condemn condemnation condemned condemning condition conditions ' +
    'conduct conducted conducting conference confidence confident confidential confirm confirmation confirmed ' +
    'conflict conflicts confront confrontation confusion congressional congressman connected connection ' +
    'connections consensus consequences conservative consider consideration considered considering consistent ' +
    'consistently conspiracy constant constituents constitutional construction consulate contact contacts ' +
    'contained contempt contenders content contentious contest context continue continued continues continuing ' +
    'contractor contrary contrast contributed contributions control controlled controls controversial ' +
    'controversies controversy convention conversation conversations convicted conviction convince convinced ' +
    'cooperate cooperation coordinated copy core coronavirus corporate corporations correct corrupt corruption ' +
    'cost costs could counsel count counter counterterrorism countries country counts county couple couples ' +
    'courage course courts cover coverage covered crash create created creating creation credentials credibility ' +
    'credible credit crime crimes criminal criminals crisis critic critical criticism criticize criticized ' +
    'criticizing critics cross crossed crossing crowd crowds crucial culture current currently custody customers ' +
    'cut cuts cutting cycle daily damage damaged damaging danger dangerous dark data date daughter daughters day ' +
    'days de dead deadline deadly deal dealing dealings deals dealt death deaths debate debates debt decade ' +
    'decades decide decided decision decisions declare declared declaring decline declined deductions deemed ' +
    'deep deeper deeply default defeat defeated defend defended defending deficit deficits define defined ' +
    'definition degree delay delayed delays delegate delegates deliver delivered delivering demand demanded ' +
    'demanding demands demonstrate demonstrated demonstration demonstrations demonstrators denial denied denies ' +
    'denounced deny denying departure deployed deportation deputy describe described describes describing ' +
    'deserve deserves designed desire desk despite destroy destroyed destruction detail detailed details ' +
    'detained detainees detention determination determine determined devastating develop developed developing ' +
    'development developments device devices did die died difference differences different differently difficult ' +
    'dignity dinner diplomacy diplomat diplomatic diplomats direct directed direction directly dirt dirty ' +
    'disagree disagreed disappointed disaster disclose disclosed disclosure discovered discrimination discuss ' +
    'discussed discussing discussion discussions disease dismiss dismissed display dispute disputed dissent ' +
    'distance districts diverse diversity divide divided division divisions divisive do doctors document ' +
    'documents does doing dollars domestic dominated done donors door doors double doubt doubts down dozen ' +
    'dozens draft drama dramatic draw drawing drawn drew drive driven driver driving drone drop dropped drove ' +
    'drug drugs due during duties duty each eager earlier early earned easier easily easy echoed economic ' +
    'economists economy edge editor effect effective effectively effects effort efforts either elected election ' +
    'elections electoral electorate elements eligible eliminate else elsewhere email emails embassy embrace ' +
    'embraced emerge emerged emergency emissions emotional emphasized employee employees employers employment ' +
    'enacted encourage encouraged encouraging end ended ending endorse endorsed endorsement ends enemies enemy ' +
    'energy enforce enforcement enforcing engage engaged enough ensure ensuring enter entered entering entire ' +
    'entirely entities entitlement entry environment environmental epidemic episode equal equality equipment era ' +
    'error especially essential essentially establish established establishment estate estimated estimates even ' +
    'evening event events eventually ever every everybody everyone everything evidence evil exact exactly ' +
    'example except exception exchange exchanged exchanges excuse executive exercise exist existing exit expand ' +
    'expanded expanding expansion expect expectations expected experience experienced expert experts expire ' +
    'explain explained explaining explanation explicitly exploded explosion explosions explosive exposed express ' +
    'expressed expressing extend extended extension extensive extent extraordinary extreme extremely extremist ' +
    'extremists eye eyes face faced faces facilities facility facing fact factor facts fail failed failing fails ' +
    'failure fair fairly faith fake fall fallen falling fallout false familiar families family famous far ' +
    'fashion fate father fault favor favorite fear fears federal feel feeling feels feet fell fellow felt female ' +
    'few fewer field fierce fifth fight fighter fighters fighting fights figure figures file filed filibuster ' +
    'filing fill filled film final finally finance financial find finding findings finds fine finish finished ' +
    'fire firearms fired firefighters firing firm first fiscal fit five fix flag flags fled flew flight floor ' +
    'focus focused focusing folks follow followed following follows for force forced forces forcing foreign ' +
    'forget form formal formally former forms forth forward fought found founder four framework frankly fraud ' +
    'free frequently fresh friend friendly friendship from front frustrated frustration fuel fueled full fully ' +
    'fund fundamental fundamentally funded funding fundraiser fundraising funds funeral further future gain ' +
    'gained gains game gap gas gather gathered gathering gave gay gender general generally generation get gets ' +
    'getting girl girls give given gives giving global go goal goals goes going gone good goods got gotten ' +
    'governing government governments governor governors grand grant granted grateful grave great greater ' +
    'greatest grew ground grounds group groups grow growing grown guarantee guard guards guess guidance ' +
    'guidelines guilty gun gunman guns guy guys hacked hacking had half hall hand handed handful handle handled ' +
    'handling hands happen happened happening happens happy harassment hard harder hardly harm harsh has hate ' +
    'hatred have having he head headed heading headlines headquarters heads healthcare hear heard hearing ' +
    'hearings heart heat heated heavily heavy held helicopter hell help helped helping her here hero herself ' +
    'hide high higher highest highlight highlighted highlights highly hikes him himself hired hiring his ' +
    'historic history hit hold holding holds holiday home homes honest honor hope hoped hopeful hopes hoping ' +
    'hospital hospitals host hostage hostile hot hotel hour hours how however huge human hundreds hunt hurt ' +
    'husband idea ideas identified identify identity ideological ideology if ignored ill illegal illegally ' +
    'images imagine immediate immediately immigrant immigrants immigration imminent immunity impact impeach ' +
    'impeached impeachment implement implementation implications importance important impose imposed impossible ' +
    'improper improve improving in inappropriate inauguration inbox incident incidents include included includes ' +
    'including income incoming increase increased increases increasing increasingly incumbent indeed independent ' +
    'independents indicate indicated indication indicted indictment individual individuals industry influence ' +
    'information informed infrastructure initial initially injured injuries inner innocent inquiry inside insist ' +
    'insisted insisting inspector instance instances instead institution institutions insurance insurers ' +
    'integrity intelligence intended intense intent intention interest interested interesting interests ' +
    'interfere interference internal international intervention interview interviewed interviews into introduce ' +
    'introduced investigate investigated investigating investigation investigations investigators investment ' +
    'investments invitation invited involved involvement involving is issue issued issues issuing it items its ' +
    'itself jail job jobless jobs join joined joining joint journalist journalists journey judges judgment ' +
    'judicial jury just justices keep keeping kept key kick kicked kids kill killed killing kind kinds knew know ' +
    'knowing knowledge known knows lack lady laid land landler language large largely larger largest last late ' +
    'later latest launch launched law lawmaker lawmakers laws lawsuit lawsuits lawyer lawyers lay lead leader ' +
    'leaders leadership leading leads leak leaked leaks learn learned least leave leaves leaving led left legacy ' +
    'legal legally legislation legislative legitimate lengthy less let letter letting level levels leverage ' +
    'liberal liberals licenses lie lied lies life lifetime lift light like likely likes limit limited limits ' +
    'line lines link linked links list listed listen listening little live lived lives living lobbying local ' +
    'location locked long longer longtime look looked looking looks looming loopholes lose losing loss lost lot ' +
    'love loved low lower loyal loyalty lying machine made magazine main mainstream maintain maintained major ' +
    'majority make makes making male man managed manager managers mandate manner manufacturing many map marathon ' +
    'margin marked market markets marks marriage married massacre massive match mate material materials math ' +
    'matter matters maximum maybe me mean meaning meaningful means meant meanwhile measure measures meddling ' +
    'media medical meet meeting meetings member members memo memorial memory men mental mention mentioned merely ' +
    'mess message messages met michael middle midnight midterm might migrant migrants miles militant militants ' +
    'military million millions mind minds minimum minister minor minorities minority minute minutes misconduct ' +
    'misleading missed missile missiles missing mission mistake mistakes mixed mocked moderate moderators modern ' +
    'modest moment moments momentum money monitoring month months moral more morning most mostly mother motion ' +
    'motivated motive mourns move moved movement moves movie moving much multiple murder must my myself name ' +
    'named names narrative narrow national nationals nations nationwide natural nature near nearby nearly ' +
    'necessarily necessary need needed needs negative negotiate negotiating negotiations neighbor neighborhood ' +
    'neighbors neither net network networks never new newly news newsletter newspaper next nice night nine no ' +
    'nobody nominated nomination nominee nominees none nor normal northern not notably note noted notes nothing ' +
    'notice noting notion now nuclear number numbers numerous oath objections observers obstruction obtain ' +
    'obtained obvious obviously occasions occur occurred odds of off offense offensive offer offered offering ' +
    'offers officer officers offices official officially officials often oil old older on once one ones ongoing ' +
    'online only onto open opened opening openly operating operation operations operative operatives opinion ' +
    'opinions opponent opponents opportunities opportunity oppose opposed opposing opposite opposition ' +
    'optimistic option options or order ordered orders organizations organized original originally other others ' +
    'otherwise ought our ourselves ouster out outcome outlets outlined outrage outrageous outright outside over ' +
    'overall overhaul overnight overseas overwhelming overwhelmingly own owners pace package packages pages paid ' +
    'pain pair pandemic panel paper parade parents part partial participate particular particularly parties ' +
    'partisan partner partners parts party pass passage passed passes passing past path patients pattern pay ' +
    'paying payment payments peace peaceful penalty pending people per perceived percent percentage perfect ' +
    'performance perhaps period permanent person personal personally personnel persons phase phone phones photo ' +
    'physical pick picked picture piece pieces pipeline place placed places plan plane planned planning plans ' +
    'plants platform play played players playing plea pleaded pleased pledge pledged plenty plot plus point ' +
    'pointed pointing points poised police policies policy political politically politician politicians politics ' +
    'poll polling polls poor popular population portion pose position positions positive possibility possible ' +
    'possibly posted posts potential potentially poverty power powerful powers practice practices praise praised ' +
    'prayer prayers precedent predicted premiums prepare prepared preparing presence present presented preserve ' +
    'presidency presidential presidents pressed pressing pressure pretty prevent preventing previous previously ' +
    'prices primaries primarily primary prime principle principles prior priorities priority prison prisoner ' +
    'prisoners privacy private privately privilege pro probably probe problem problems procedural procedures ' +
    'proceed proceedings process produce produced product production products professional professor profile ' +
    'program programs progress progressive project prominent promise promised promises promising promote ' +
    'prompted prompting proof propaganda proper properly property proposal proposals proposed prosecute ' +
    'prosecution prosecutor prosecutors prospect protect protected protecting protection protections protects ' +
    'protest protests proud prove proved proven provide provided provides providing provision provisions public ' +
    'publication publicly published pull pulled punish punishment purchase purpose purposes pursue pursued ' +
    'pursuing push pushed pushing put puts putting qualified quarantine quarter question questioned questioning ' +
    'questions quick quickly quid quiet quite quo quote quoted quotes race races racial racism racist radical ' +
    'radio raise raised raises raising rallies rally ran range ranking ranks rape rare rarely rate rates rather ' +
    'rating ratings reach reached reaching reaction reading reads ready real reality realize really reason ' +
    'reasonable reasons rebel rebels rebuke recall recalled receive received receiving recent recently recess ' +
    'recession recognition recognize recognized record recording records recovered recovery recuse red reduce ' +
    'reducing reduction reelection reference referendum referred referring reflect reflected reform reforms ' +
    'refugee refugees refusal refuse refused refusing regard regarding regardless regime region regional ' +
    'registered regret regular regularly regulation regulations reiterated reject rejected related relations ' +
    'relationship relationships relatively release released releasing relevant relief religion religious rely ' +
    'remain remained remaining remains remark remarkable remarks remember reminded reminder removal remove ' +
    'removed removing renewed reopen repeal repealing repeated repeatedly replace replaced replacement replacing ' +
    'replied report reported reportedly reporter reporters reporting reports represent representative ' +
    'represented representing represents reputation request requested requests require required requirement ' +
    'requirements requires requiring rescue rescued research residents resign resignation resigned resistance ' +
    'resolution resolve resort resources respect respected respond responded respondents responding response ' +
    'responses responsibility responsible rest restaurant restore restrictions result resulted results resume ' +
    'retaliation retired retirement return returned returning returns reveal revealed revelations revenue ' +
    'reverse review reviewed reviewing revised rhetoric rich rid ride ridiculous rifle rigged right rights riot ' +
    'rise rising risk risks rival rivals road role roll rollout room rose roughly round rounds route rule ruled ' +
    'rules ruling rulings run running runs rush rushed sad safe safer safety said sale sales same sanctions sat ' +
    'save saved saw say saying says scale scandal scandals scenario scene schedule scheduled school schools ' +
    'scope scrutiny search searching season seat seats second secret secrets sector secure security see seeing ' +
    'seek seeking seeks seem seemed seemingly seems seen sees seize seized selection sell selling senators send ' +
    'sending senior sense sensitive sent sentence sentenced sentencing separate separated separation sequester ' +
    'sequestration series serious seriously serve served server serves service services serving session set sets ' +
    'setting settled seven several severe sex sexual sexually shape shared sharp sharply she shift shock shocked ' +
    'shooter shooting shootings short shortly shot shots should show showdown showed showing shown shows shut ' +
    'shutdown sick side sides sign signal signaled signature signed significant significantly signing signs ' +
    'silence silent similar simple simply since single sister sit site sites sits sitting situation six size ' +
    'skeptical slammed slightly slow small smaller smart smoke so social society soldier soldiers solely ' +
    'solution solutions solve some somebody somehow someone something sometimes somewhat son soon sorry sort ' +
    'sought sound sounded source sources southern space sparked speak speaking speaks special specific ' +
    'specifically specifics speculation speech speeches spend spending spent spirit split spoke spoken spokesman ' +
    'spokesperson spokeswoman sports spot spotlight spread spring spy staffer staffers stage stake stakes stance ' +
    'stand standard standards standing stands star start started starting stated statement statements states ' +
    'station status stay stayed staying steady step stepped steps stick still stimulus stock stolen stood stop ' +
    'stopped stopping stops store stories storm story straight strategist strategy street streets strength ' +
    'strengthen stressed strike strikes striking string strong stronger strongest strongly struck struggle ' +
    'struggled struggling stuck student students study stuff stunning style subject submitted subpoena ' +
    'subpoenaed subpoenas subsidies substance substantial succeed success successful successfully successor such ' +
    'sudden suffered suffering sufficient suggest suggested suggesting suggestion suggests suicide suit summer ' +
    'summit support supported supporter supporters supporting supports supposed sure surfaced surge surprise ' +
    'surprised surrounding surveillance survey survive suspect suspected suspects suspend suspended suspicious ' +
    'sweeping swing sworn symptoms system systems table tactics take taken takes taking talk talked talking ' +
    'talks tape target targeted targeting targets task tax taxes taxpayers tea team teams tear tears teens ' +
    'telephone televised television tell telling tells temporarily temporary tens tension tensions tenure term ' +
    'terrible terror terrorism terrorist terrorists test tested testified testify testifying testimony testing ' +
    'tests text than thank thanked thanks that the their them theme themselves then theories theory there ' +
    'therefore these they thing things think thinking thinks third this thorough those though thought thoughts ' +
    'thousands threat threaten threatened threatening threats three threshold threw through throughout throw ' +
    'thus ticket tie tied ties time timeline timing to today together told tolerance tomorrow tone tonight too ' +
    'took tool top topic total totally touch tough tougher tour touted toward towards town track trade tradition ' +
    'traditional traffic tragedy tragic trail train training transcript transgender transition travel traveled ' +
    'traveling treat treated treatment treaty tremendous trial tried tries trigger triggered trillion trip ' +
    'troops trouble troubled troubling truck true truly trust trusted truth try trying turn turned turning turns ' +
    'tweet tweeted tweeting tweets twice two type typical typically ultimately unable unacceptable uncertainty ' +
    'unclear unconstitutional under underlying undermine understand understanding understood underway ' +
    'undocumented unemployed unemployment unfair unfit uniform unions unit unite united unity universal unknown ' +
    'unless unlike unlikely unprecedented unrest until unusual unveiled up upcoming update updated updates ' +
    'upheld uphold upon upset uranium urge urged urgent urging us use used users uses using usual usually value ' +
    'values various vast vehicle vehicles version very veteran veterans veto vetting via vice victim victims ' +
    'victories victory video videos view viewed views violate violated violating violation violations violence ' +
    'violent virtually virus visa visas vision visit visited vital voice voices vote voted voter voters votes ' +
    'voting vowed vowing vulnerable wage wages wait waiting wake walk walked walking walks want wanted wants war ' +
    'warn warned warning warnings warrant wars was watch watched watching water wave waves way we weak wealth ' +
    'wealthy weapon weapons wearing website week weekend weekly weeks weighed weighing welcome welcomed welfare ' +
    'well went were what whatever when where whether which while whistleblower white who whole whom whose why ' +
    'wide widely widespread wife will willing willingness win wind window winner winning wins wish witch with ' +
    'withdraw withdrawal within without witness witnesses woman women won word words wore work worked worker ' +
    'workers working works world worldwide worried worry worse worst worth would wounded wounds write writes ' +
    'writing written wrong wrongdoing wrote year years yes yesterday yet you younger your zero zone '
  )
    .trim()
    .split(' '),
)
