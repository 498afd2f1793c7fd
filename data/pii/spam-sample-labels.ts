// Hand labels for 40 real e-mails of the SpamAssassin public corpus (2002): 20 from easy-ham-2
// and 20 from spam-1 (every 19th file of each group, from the first), groups the lab and the
// detector's tuning never read. Labelled on the decoded body (mailparser: quoted-printable,
// base64, charsets; the HTML part turned into text when there is no plain part), first 1,500
// characters, headers cut. Each mail was read in full by the engineer who wrote the labels, who
// wrote down every piece of personal data in order of appearance, BEFORE running detectPII on
// the sample; the detector's output was not used to add, drop or move any label.
// make-spam-sample.ts turns each [type, text] into offsets (the next occurrence after the
// previous label) and fails if a label is not found.
//
// Rules (the product rules of detectPII, applied by hand):
// - PERSON: a person's name, full or in part, nicknames and lower-case sign-offs ("kevin") and a
//   first name used as a login ("alfred"); titles (Mr., General, Alhaji) left out; initials on
//   their own ("CW", "jr") left out; company, product, list and place names are not persons.
// - EMAIL: every e-mail address (list addresses too); a Message-ID is not one.
// - URL: every address with a scheme or "www."; bare domains ("taint.org") are not labelled.
// - DATE: a calendar date (with or without a weekday); a date directly followed by a time is a
//   TIMESTAMP; "on Fri, Jul 19, 2002 at 10:19:50PM" is a DATE and a TIME. Years, month-years
//   ("December 2001") and durations ("up 69 days, 2:54") are not dates or times.
// - TIME: a time of day. PHONE: a phone or fax number with its extension.
// - MAC: a hardware address in any grouping ("00 10 5a 3e 0e 48"); a 16-byte key fingerprint is not.
// - ZIP_CODE: a postal code of any country ("NL-1007 DB").
export const SPAM_SAMPLE_LABELS: Record<string, [string, string][]> = {
  "easy-ham-2/00001": [["TIMESTAMP", "Tue, 20 Aug 2002 17:27:47 -0500"], ["PERSON", "Chris Garrigues"], ["EMAIL", "cwg-exmh@DeepEddy.Com"]],
  "easy-ham-2/00020": [["PERSON", "Tim"], ["PERSON", "Tim"], ["URL", "http://www.omnigroup.com/developer/mailinglists/"],
    ["PERSON", "Mark"], ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00039": [["DATE", "Fri, Jul 19, 2002"], ["TIME", "10:19:50PM"], ["PERSON", "Rick Moen"], ["PERSON", "kevin"],
    ["EMAIL", "kevin@suberic.net"], ["URL", "http://ie.suberic.net/~kevin"], ["PERSON", "g.b. shaw"], ["EMAIL", "social@linux.ie"],
    ["URL", "http://www.linux.ie/mailman/listinfo/social"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00058": [["PERSON", "Niall"], ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00077": [["DATE", "Fri, Jul 19, 2002"], ["TIME", "10:00:02PM"], ["PERSON", "Matthew French"],
    ["URL", "http://groups.google.com/groups?q=unix+undelete&hl=en&lr=&ie=UTF-8&as_drrb=b&as_mind=12&as_minm=5&as_miny=1981&as_maxd=19&as_maxm=7&as_maxy=1989&selm=10113%40bloom-beacon.MIT.EDU&rnum=10"],
    ["URL", "http://groups.google.com/groups?q=unix+undelete&start=10&hl=en&lr=&ie=UTF-8&as_drrb=b&as_mind=12&as_minm=5&as_miny=1981&as_maxd=19&as_maxm=7&as_maxy=1989&selm=736%40sri-arpa.UUCP&rnum=14"]],
  "easy-ham-2/00096": [["URL", "http://cert.uni-stuttgart.de/archive/bugtraq/2002/03/msg00372.html"], ["PERSON", "Paul O'Neil"],
    ["EMAIL", "poneil@dbiassociates.net"], ["EMAIL", "ilug@linux.ie"], ["TIMESTAMP", "Monday, July 22, 2002 1:50 PM"],
    ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"],
    ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00115": [["DATE", "Fri, Jul 19, 2002"], ["TIME", "09:53:16PM"], ["EMAIL", "awhalley@eircom.net"]],
  "easy-ham-2/00134": [["PERSON", "Paul Kelly"], ["PERSON", "Matthew"], ["URL", "http://uk.my.yahoo.com"], ["EMAIL", "ilug@linux.ie"],
    ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00153": [["PERSON", "David"], ["PERSON", "Gavin"], ["URL", "www.mimesweeper.com"], ["EMAIL", "ilug@linux.ie"],
    ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00172": [["DATE", "Wed, Jul 31, 2002"], ["TIME", "11:28:05AM"], ["PERSON", "Satelle, StevenX"], ["PERSON", "John"],
    ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00191": [["DATE", "Wed, Jul 31, 2002"], ["TIME", "02:40:26PM"], ["PERSON", "Liam Bedford"], ["TIMESTAMP", "Wed, 31 Jul 2002 14:30:01 +0100"],
    ["PERSON", "Conor"], ["PERSON", "Conor Daly"], ["EMAIL", "conor.daly@oceanfree.net"], ["TIME", "5:37pm"], ["TIME", "5:22pm"],
    ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00210": [["PERSON", "alfred"], ["PERSON", "alfred"], ["PERSON", "Alfred"], ["PERSON", "alfred"], ["PERSON", "alfred"]],
  "easy-ham-2/00229": [["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00248": [["DATE", "Fri, Aug 02, 2002"], ["TIME", "08:40:10PM"], ["PERSON", "Niall O Broin"], ["DATE", "Fri, Aug 02, 2002"],
    ["TIME", "05:21:22PM"], ["PERSON", "Conor Daly"], ["PERSON", "Dave Neary"], ["PERSON", "Conor"]],
  "easy-ham-2/00267": [["URL", "http://www.scyld.com/diag"], ["PERSON", "Al"],
    ["TIMESTAMP", "Aug  4 11:31:51"], ["MAC", "00 10 5a 3e 0e 48"], ["TIMESTAMP", "Aug  4 11:31:51"], ["DATE", "12Mar2001"], ["EMAIL", "becker@scyld.com"],
    ["TIMESTAMP", "Aug  4 11:31:51"], ["URL", "http://www.scyld.com/network/3c509.html"], ["TIMESTAMP", "Aug  4 11:31:51"], ["MAC", "00 10 5a be 0e 48"],
    ["TIMESTAMP", "Aug  4 11:31:51"], ["DATE", "12Mar2001"], ["EMAIL", "becker@scyld.com"], ["TIMESTAMP", "Aug  4 11:31:51"],
    ["URL", "http://www.scyld.com/network/3c509.html"]],
  "easy-ham-2/00286": [["PERSON", "EW Dijkstra"], ["PERSON", "Richard Stevens"], ["PERSON", "Jim Ellis"], ["PERSON", "Jon Postel"],
    ["PERSON", "Pï¿œdraig"], ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00305": [["PERSON", "Shan Ryan"], ["PERSON", "Matthew"], ["URL", "http://uk.my.yahoo.com"], ["EMAIL", "ilug@linux.ie"],
    ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00324": [["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00343": [["PERSON", "Rick Moen"], ["EMAIL", "rick@linuxmafia.com"], ["PERSON", "Paul"], ["PERSON", "Rick Moen"],
    ["URL", "http://fr.mail.yahoo.com"], ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "easy-ham-2/00362": [["DATE", "Mon, Aug 12, 2002"], ["TIME", "08:05:58PM"], ["PERSON", "Nick Murtagh"], ["DATE", "2002-08-12"], ["TIME", "19:56"],
    ["PERSON", "Kenn Humborg"]],
  "spam-1/00001": [["URL", "http://website.e365.cc/savequote/"], ["EMAIL", "coins@btamail.net.cn"]],
  "spam-1/00020": [["URL", "http://www.adclick.ws/p.cfm?o=315&s=pk007"], ["URL", "http://www.adclick.ws/p.cfm?o=249&s=pk007"],
    ["URL", "http://www.adclick.ws/p.cfm?o=245&s=pk002"], ["URL", "http://www.adclick.ws/p.cfm?o=259&s=pk007"],
    ["URL", "http://www.adclick.ws/p.cfm?o=283&s=pk007"], ["URL", "http://www.qves.com/trim/?ilug@linux.ie%7C17%7C114258"],
    ["EMAIL", "ilug@linux.ie"], ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "spam-1/00039": [["PERSON", "Dallin"]],
  "spam-1/00058": [["URL", "http://insurancequotesource.com/user0202/termquotes/473400/"], ["URL", "http://insurancequotesource.com/user0202/termquotes/473400/"],
    ["URL", "http://marketing-fashion.com/light/watch.asp"]],
  "spam-1/00077": [["PERSON", "Kola Owolabi"], ["PERSON", "Ishmaila Ibrahim Gwarzo"], ["PERSON", "Gwarzo"], ["PERSON", "Sani Abacha"],
    ["DATE", "8th of June 1998"], ["PERSON", "Olusegun Obasanjo"]],
  "spam-1/00096": [["EMAIL", "hosting@vccomputers.ie"], ["URL", "http://www.vccomputers.ie"], ["EMAIL", "nomoremail@vccomputers.ie"]],
  "spam-1/00115": [["URL", "http://www.basetel.com:27000/wealthnow"], ["URL", "http://www.basetel.com/remove.html"]],
  "spam-1/00134": [["PERSON", "RIZ BHATTI"], ["PHONE", "1847-677-1234 EXT. 6884"], ["PERSON", "DONALD BAE"], ["PHONE", "1847-677-1234 EXT. 6880"],
    ["URL", "www.radisson-chicago.com"], ["URL", "http://www.radisson-chicago.com/"]],
  "spam-1/00153": [["EMAIL", "gmt101info@profitresponder.com"], ["EMAIL", "stockbuyer@netzero.net"], ["EMAIL", "social@linux.ie"],
    ["URL", "http://www.linux.ie/mailman/listinfo/social"], ["EMAIL", "listmaster@linux.ie"]],
  "spam-1/00172": [["URL", "http://www.anythinggoeshere.com/"], ["URL", "http://www.anythinggoeshere.com/remove.asp"]],
  "spam-1/00191": [["URL", "http://emaserver.trafficmagnet.net/trafficmagnet/www/r?1000023044.484.23.+bpOq88R31Z$Ff"], ["PERSON", "Sarah Williams"],
    ["EMAIL", "Sarah_Williams@trafficmagnet.com"], ["URL", "http://www.TrafficMagnet.com"], ["EMAIL", "zzzz-latestdodgydotcomstock@jmason.org"],
    ["URL", "http://emaserver.trafficmagnet.net/trafficmagnet/www/optoutredirect?UC=Lead&UI=11028981"]],
  "spam-1/00210": [["URL", "http://www.affordable-domains.com"], ["URL", "http://www.affordable-domains.com/"], ["URL", "http://www.centralremovalservice.com/cgi-bin/domain-remove.cgi"]],
  "spam-1/00229": [["PERSON", "Andy Koh"], ["URL", "http://www.carikawan.com/"], ["URL", "http://www.ezernet.com/b2b-domain.cg"]],
  "spam-1/00248": [["PHONE", "1-800-235-7949"], ["EMAIL", "pensions@fsfginc.com"], ["EMAIL", "pensions@fsfginc.com"], ["PHONE", "1-800-235-7949"],
    ["PHONE", "856-596-9309"], ["EMAIL", "pensions@fsfginc.com"], ["EMAIL", "pensions@fsfginc.com"], ["URL", "www.fsfginc.com"],
    ["URL", "http://www.fsfginc.com"], ["URL", "http://www.InsuranceIQ.com/optout"], ["URL", "http://www.insiq.com/legal.htm"]],
  "spam-1/00267": [["PERSON", "Edward Mulete"], ["PERSON", "STEVE MBEKI MULETE"], ["PERSON", "Clara"], ["PERSON", "Robert Mugabe"]],
  "spam-1/00286": [["URL", "http://62.232.161.231/freeinfo/images/rightsidestuff.jpg"]],
  "spam-1/00305": [["EMAIL", "replicas@fastnetspain.net"], ["EMAIL", "noreplicas@fastnetspain.net"], ["EMAIL", "ilug@linux.ie"],
    ["URL", "http://www.linux.ie/mailman/listinfo/ilug"], ["EMAIL", "listmaster@linux.ie"]],
  "spam-1/00324": [["URL", "http://book-i.net/mutou"], ["EMAIL", "majordomo@FreeBSD.org"]],
  "spam-1/00343": [["EMAIL", "printerink1@cbphost.net"], ["EMAIL", "printerink2@cbphost.net"]],
  "spam-1/00362": [["ZIP_CODE", "NL-1007 DB"], ["DATE", "17 th  SEPT.  2002"], ["DATE", "5TH JulY 2002"]],
};
