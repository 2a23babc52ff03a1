// Function words left out of word-frequency lists by default: the most frequent words of any
// English or Russian report say nothing about its subject. Short, common lists (normalised:
// lower case, ё as е); the user can switch the filter off.
const EN = `a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its
may more must no not of on or our shall she should so such than that the their them then there these they this those to
under was we were what when where which while who will with within would you also all any each other per than upon via`;
const RU = `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да для до его ее если есть еще же
за и из или им их к как ко когда кто ли либо между мы на над не нее нет ни них но о об однако он она они оно от по под при
с со так также такой там те то того тоже только том ту у уже чем что чтобы эта эти это этого этой этом этот я`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${EN} ${RU}`.split(/\s+/).filter((w) => w !== ''));
