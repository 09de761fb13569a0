/**
 * The phrases that name each data category, in the languages demands arrive in. A list item like
 * "names" or "addresses" only counts as a list item (after a comma, a bullet, "the", "including"),
 * because the same words appear everywhere else in legal prose.
 */
import type { DataCategory } from '../../core/demand/index.js'
import { cue, type Cue } from './cues.js'

// Start of a list item: line start, punctuation, a bullet or an introducing word.
const ITEM = String.raw`(?:^|[,;:(•·\n\r"“]|\b(?:the|including|include|included|includes|and|or|of|as|such as|his|her|their|user['’]s|subscriber['’]s|customer['’]s|owner['’]s|holder['’]s)\s|(?:^|[\n\r])[ \t]*(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)][ \t])\s*`
// End of a list item.
const END = String.raw`(?=\s*(?:[,;:).\]"”]|\band\b|\bor\b|\(|\bof\b|\bfor\b|\bassociated\b|\bused\b|\bheld\b|$))`

// "names of the subscribers" is handled by its own cue: "name of the court" is not a request.
const END_NO_OF = END.replace(String.raw`|\bof\b`, '')

function item(words: string, weight: number, name: string, allowOf = true): Cue {
  return cue(new RegExp(`${ITEM}(?:${words})${allowOf ? END : END_NO_OF}`, 'imu'), weight, name)
}

export const CATEGORY_CUES: Record<DataCategory, Cue[]> = {
  subscriber_identity: [
    cue(/\b(?:basic )?(?:subscriber|customer or subscriber|subscriber or customer)(?: account)? (?:information|info|identity|details|data|records)\b/i, 3, 'subscriber-information'),
    cue(/\b(?:user|account[- ]identifying|identifying (?:account|subscriber)) (?:\(subscriber\) )?information\b/i, 3, 'user-information'),
    cue(/\b(?:subscriber|user|screen|account|login|legal|real|full|holder|owner)(?:['’]s)? names?\b/i, 3, 'names'),
    item(String.raw`names?|user\s?names?|identity|identities`, 2.5, 'name-item', false),
    cue(/\bnames? of (?:the )?(?:\w+ )?(?:subscribers?|users?|account holders?|customers?|owners?|administrators?|admins?|operators?)\b/i, 3, 'name-of-user'),
    cue(/\b(?:account login|login (?:ID|name)s?|identifying information|identity of the (?:subscriber|user|owner|account holder)|information (?:that|which) (?:might|may|could|would) identify|identify the (?:subscriber|user|owner|person)|who (?:created|operates|controls) the account|registration information)\b/i, 3, 'identity'),
    cue(/\b(?:dati anagrafici|nome e cognome|generalità)\b/i, 2.5, 'it'),
    cue(/\b(?:nombres?(?: y apellidos| completo)?|datos (?:de identificación|del titular|del suscriptor|personales)|identidad del (?:titular|usuario)|DNI|NIE)\b/i, 2.5, 'es'),
    cue(/\b(?:nome(?: completo)?|CPF|RG|dados (?:cadastrais|pessoais|de identificação)|qualificação|identidade do (?:titular|usuário))\b/i, 2.5, 'pt'),
    cue(/\b(?:noms?(?: et prénoms?)?|identité[^.;,]{0,20}(?:titulaire|utilisateur|abonné)s?|données d'identification|état civil)\b/i, 2.5, 'fr'),
    cue(/\b(?:Bestandsdaten|Namen? und Anschriften?|Identität des (?:Inhabers|Nutzers|Kontoinhabers)|Inhaberdaten)\b/u, 2.5, 'de'),
    cue(/(?:ФИО|фамили\w+|имя(?: пользователя)?|персональн\w+ данн\w+|регистрационн\w+ данн\w+|данн\w+ (?:о|об) (?:пользовател|владельц|абонент)\w*)/i, 2.5, 'ru'),
    cue(/(?:用户(?:身份|信息|资料)|姓名|实名|注册信息|身份信息)/u, 2.5, 'zh'),
    cue(/\b(?:kimlik bilgileri|ad(?:ı)? soyad(?:ı)?|abone bilgileri)\b/i, 2.5, 'tr'),
    // Dutch "NAW-gegevens" (naam, adres, woonplaats): name and address together.
    cue(/\b(?:NAW-gegevens|namen|naam en adres|identificerende gegevens|gebruikersgegevens)\b/iu, 2.5, 'nl'),
  ],
  contact: [
    cue(/\b(?:mailing|residential|business|postal|physical|home|street|billing|contact|e-?mail|electronic mail)\s+address(?:es)?\b/i, 3, 'address'),
    cue(/\b(?:telephone|phone|mobile|cell(?:ular)?|contact)(?: or instrument)? (?:numbers?|no\.?)\b/i, 3, 'phone'),
    cue(/\b(?:contact (?:information|details|info)|e-?mail accounts? associated)\b/i, 3, 'contact-info'),
    item(String.raw`addresses|address|e-?mail|e-?mails|telephone|phone numbers?|email addresses`, 2.5, 'contact-item'),
    cue(/\b(?:direcci(?:ón|ones)(?: postal| de correo(?: electrónico)?)?|correo electrónico|tel[eé]fonos?|domicilio|datos de contacto)\b/i, 2.5, 'es'),
    cue(/\b(?:endereços?(?: de e-?mail| eletrônico)?|terminais telefônicos|telefones?|contatos?)\b/i, 2.5, 'pt'),
    cue(/\b(?:numero di telefono|indirizzo (?:e-?mail|di posta elettronica|di residenza)|recapiti)\b/i, 2.5, 'it'),
    cue(/\b(?:adresses?(?: postales?| électroniques?| e-?mail)?|numéros? de téléphone|courriel|coordonnées)\b/i, 2.5, 'fr'),
    cue(/\b(?:Anschrift(?:en)?|Adressen?|E-Mail-Adressen?|Telefonnummern?|Rufnummern?|Kontaktdaten)\b/u, 2.5, 'de'),
    cue(/(?:адрес\w*(?! сайт| страниц)|телефон\w*|электронн\w+ почт\w*|контактн\w+ данн\w+)/i, 2.5, 'ru'),
    cue(/(?:电话|手机号|(?<!IP\s?)地址|邮箱|联系方式)/u, 2.5, 'zh'),
    cue(/\b(?:adres(?:i|leri)?|telefon numaras\w*|e-posta)\b/i, 2.5, 'tr'),
    cue(/\b(?:NAW-gegevens|telefoonnummers?|e-?mailadress(?:en)?|adresgegevens)\b/iu, 2.5, 'nl'),
  ],
  ip_logs: [
    cue(/\b(?:I\.?\s?P\.?|Internet Protocol)\s*(?:v[46]\s*)?(?:address(?:es)?|logs?|addr|history|information|connection|records?)\b/i, 3, 'ip'),
    cue(/\b(?:temporarily assigned )?network address(?:es)?\b/i, 3, 'network-address'),
    cue(/\b(?:(?:HTTP |web |server )?access (?:and error )?logs?|login IP|IP (?:download )?logs?|connection logs?|IP logs?)\b/i, 3, 'access-logs'),
    cue(/\b(?:direcci(?:ón|ones) IP|registros de (?:acceso|conexión)|logs? de (?:acesso|conexão|criação|acceso)|endereços? (?:de )?IP|porta lógica|adresses? IP|IP-Adressen?|IP-adress(?:en)?|IP-адрес\w*|IP adres\w*|indirizz[io] IP)/i, 3, 'intl'),
    cue(/IP\s?地址|登录IP/u, 3, 'zh'),
    cue(/(?<=^|[\s,;:(])IP(?=[\s,;:).])/u, 2, 'ip-item'),
  ],
  payment: [
    cue(/\b(?:means (?:and source )?of payment|method of payment|payment (?:information|method|details|records|data|instruments?|history|cards?)|billing (?:information|records|details|history)|credit (?:card|or debit card)s?|debit cards?|bank (?:account|card)s?|card numbers?|financial (?:information|records)|paid plans?|payout records)\b/i, 3, 'payment'),
    cue(/\b(?:datos bancarios|tarjetas? de crédito|cuentas? bancarias?|medios? de pago|facturación)\b/i, 3, 'es'),
    cue(/\b(?:dados bancários|cart(?:ão|ões) de crédito|contas? bancárias?|meios? de pagamento|pagamentos?)\b/i, 3, 'pt'),
    cue(/\b(?:moyens? de paiement|paiements?|cartes? bancaires?|coordonnées bancaires|facturation)\b/i, 3, 'fr'),
    cue(/\b(?:dati (?:di pagamento|bancari)|carta di credito|pagamenti)\b/i, 3, 'it'),
    cue(/\b(?:Zahlungs(?:daten|informationen|mittel|verkehr)|Bankverbindung(?:en)?|Kreditkarten?(?:daten|nummern?)?|Rechnungsdaten)\b/u, 3, 'de'),
    cue(/(?:платеж\w*|платёж\w*|банковск\w+ (?:карт|счет|счёт|реквизит)\w*|оплат\w*)/i, 3, 'ru'),
    cue(/(?:支付(?:信息|记录)|银行卡|付款(?:信息|记录)|转账记录|交易记录)/u, 3, 'zh'),
    cue(/\b(?:ödeme bilgileri|kredi kart\w*|banka hesa\w*)\b/i, 3, 'tr'),
  ],
  device: [
    cue(/\b(?:device (?:identifiers?|IDs?|information|data|type|model|serial numbers?)|serial numbers?[^.;]{0,25}\bdevices?|IMEIs?|IMSIs?|MEID|ESN|MAC address(?:es)?|UDID|IDFA|advertising (?:ID|identifier)s?|hardware (?:identifiers?|IDs?)|ICCID|SIM (?:card )?(?:number|information)|user[- ]agents?|browser (?:type|fingerprint)s?|device fingerprint)\b/i, 3, 'device'),
    cue(/\b(?:identificadores? del dispositivo|datos del dispositivo|identificadores? do dispositivo|identifiants? (?:de l'appareil|du terminal)|Gerätekennung(?:en)?|Gerätedaten)\b/i, 3, 'intl'),
    cue(/\b(?:identificadores? de (?:los |las )?dispositivos?|informaç(?:ão|ões) (?:do|dos|sobre o) dispositivos?|dados (?:do|dos) dispositivos?|dispositivos? (?:utilizados?|usados?)|sistema (?:operativo|operacional)|appareils? utilisés?|identifiants? des appareils|Endgerät(?:e|en|s)?|Geräteinformationen)\b/i, 3, 'intl-device'),
    cue(/(?:идентификатор\w* устройств\w*|(?:сведени|данн|информаци)\w* об? устройств\w*|设备(?:信息|标识|号))/u, 3, 'intl2'),
  ],
  non_content_metadata: [
    cue(/\b(?:connection records|records of session times|session (?:times|logs|data|information)|length of service|types? of services?(?: utilized| used)?|transactional (?:records|information|data)|(?:e-?mail |message )?header information|(?:date and time|time and date) (?:of )?(?:account )?(?:creation|registration)|(?:account )?creation dates?|dates? (?:of )?(?:account )?(?:creation|registration)|activation date|last (?:access|login|accessed)|transaction (?:logs?|records|history)|records of account activity|(?:subscriber|member|follower|administrator|admin|friends?) lists?|login (?:history|records|times)|call (?:detail )?records|toll (?:billing )?records|source and destination|dialing, routing|signaling information|metadata|non-?content|activity logs?|transactional\/activity logs|records of (?:all )?(?:calls|logins|sessions))\b/i, 3, 'metadata'),
    cue(/\b(?:date and time (?:they|the users?|the account) (?:downloaded|last accessed|registered))\b/i, 3, 'timestamps'),
    cue(/\b(?:dates?|time)\b[^.;]{0,40}\b(?:was|were) (?:created|registered|opened|activated)\b|\bcreated and last used\b|\blast used\b|\b(?:trip|ride|order|booking) (?:records|history)\b|\bdata di (?:registrazione|creazione|attivazione)\b/i, 3, 'created'),
    cue(/\b(?:date de création|fecha de (?:creación|alta)|data de (?:criação|cadastro)|Datum der (?:Konto)?erstellung|Kontoerstellung|Erstellungsdatum|дат\w+ (?:создания|регистрации|реєстрації|створення))\b/i, 3, 'created-intl'),
    cue(/\b(?:Datum der Registrierung|Registrierungsdatum|Zeit(?:punkt|stempel) der Registrierung|date d'inscription|fecha de registro|data (?:de|do) (?:registro|cadastro)|date of sign-?up)\b/i, 3, 'registered-intl'),
    cue(/\b(?:metadatos|datos de tráfico|metadados|dados de tráfego|registros de conexão|données de (?:trafic|connexion)|Verkehrsdaten|Verbindungsdaten|Nutzungsdaten|trafik verileri|log kayıtları)\b/i, 3, 'intl'),
    cue(/(?:метаданн\w*|сведени\w+ о соединени\w*|журнал\w* (?:доступа|соединений)|通信记录|登录记录|登录时间|日志)/u, 3, 'intl2'),
  ],
  content: [
    cue(/\b(?:(?:video|audio|voice) recordings?|recordings stored|stored (?:videos|recordings|media)|contenuto (?:dei|delle) (?:messaggi|comunicazioni|conversazioni)|contents? of (?:any |all |the )?(?:communications?|e-?mails?|messages?|files?|the account|wire|electronic)|stored (?:communications|content|files|messages)|message contents?|(?:private|direct) messages|unpublished (?:drafts|posts)|content of the (?:messages|e-?mails|communications|account)|(?:e-?mail|message|chat) content)\b/i, 3, 'content'),
    cue(/\b(?:all )?(?:e-?mails?|messages|communications|correspondence|chats?|posts|photos|videos|images|pictures|documents|files|drafts|voicemails?|attachments) (?:sent (?:and|or|and\/or) received|stored|uploaded|contained|exchanged|with users|(?:sent|received) (?:by|from|to|through) (?:the |this |that |each )?(?:accounts?|users?|subscribers?|targets?|profiles?|channels?))\b/i, 2.5, 'stored-items'),
    cue(/\b(?:chats?|snaps|memories|messages|posts|photos|videos|files|media|stories|backups?)\b[^.;]{0,30}\b(?:and )?(?:other )?(?:stored )?content\b|\b(?:all )?files stored in\b/i, 2.5, 'content-of-items'),
    cue(/\b(?:contenido de (?:las |los )?(?:comunicaciones|mensajes|correos)|conteúdo (?:das |de |dos )?(?:comunicações|mensagens|e-?mails)|contenu des (?:communications|messages|correspondances|courriels)|Inhalte? der \w*(?:Kommunikation|[Nn]achrichten|E-Mails|Chats)|Kommunikationsinhalte|Nachrichteninhalte|mesaj içerikleri|yazışma(?:lar)?)\b/i, 3, 'intl'),
    cue(/(?:содержани\w+ (?:переписки|сообщений|писем)|переписк\w*|通信内容|聊天记录|私信内容)/u, 3, 'intl2'),
  ],
  location: [
    cue(/\b(?:location (?:data|information|history|records)|geo-?location|GPS|cell[- ]site|cell towers?|latitude|longitude|(?:geographic|physical|historical|real[- ]time|precise|current|approximate|last known) location|location of the (?:device|phone|cellular|mobile|handset))\b/i, 3, 'location'),
    cue(/\b(?:ubicación|geolocalización|localização|geolocalização|localisation|géolocalisation|Standort(?:daten)?|Funkzellen\w*|konum bilgi\w*|geolocalizzazione|posizione)\b/i, 3, 'intl'),
    cue(/(?:местоположени\w*|геолокаци\w*|位置信息|定位)/u, 3, 'intl2'),
  ],
  other: [
    cue(/\bnotes of record\b/i, 3, 'notes-of-record'),
    cue(/\b(?:records? (?:pertaining to|of|regarding|concerning|relating to) )?communications between \w+(?: \w+)? and (?:its |the )?(?:users?|subscribers?|customers?|account holders?)\b/i, 3, 'provider-communications'),
    cue(/\brecords of all\b[^.;\n]{0,80}\b(?:uploaded|purchased|downloaded|created|posted)\b/i, 3, 'records-of-all'),
    cue(/\b(?:customer service (?:records|correspondence)|abuse reports?|complaints? (?:filed|received))\b/i, 3, 'service-records'),
    cue(/\b(?:all|any) (?:and all )?(?:other )?records(?: and (?:other )?information)? (?:regarding|relating to|related to|pertaining to|concerning|associated with|about|in relation to)\b/i, 2.5, 'all-records'),
    // A regulator asks about the provider itself: its documents, assessments, reports and systems, not a user's data.
    cue(/\b(?:internal (?:documents|documentation)|risk assessments?|(?:a|its) report on how|access to (?:certain of )?(?:its |the )?(?:\w+ )?APIs?|information (?:about|on) (?:its|the (?:provider|platform)['’]s) (?:systems|measures|policies|algorithms|recommender systems|content moderation))\b/i, 3, 'provider-documents'),
  ],
}
