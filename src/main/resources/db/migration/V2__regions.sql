-- The velayats and cities of Turkmenistan (ISO 3166-2:TM). Arkadag, a city since 2023, has no ISO code yet.
insert into region (code, iso_code, kind, name_en, name_ru, name_tk, sort_order) values
 ('TM-S', 'TM-S', 'CITY',    'Ashgabat', 'Ашхабад',  'Aşgabat',  1),
 ('ARK',  null,   'CITY',    'Arkadag',  'Аркадаг',  'Arkadag',  2),
 ('TM-A', 'TM-A', 'VELAYAT', 'Ahal',     'Ахал',     'Ahal',     3),
 ('TM-B', 'TM-B', 'VELAYAT', 'Balkan',   'Балкан',   'Balkan',   4),
 ('TM-D', 'TM-D', 'VELAYAT', 'Dashoguz', 'Дашогуз',  'Daşoguz',  5),
 ('TM-L', 'TM-L', 'VELAYAT', 'Lebap',    'Лебап',    'Lebap',    6),
 ('TM-M', 'TM-M', 'VELAYAT', 'Mary',     'Мары',     'Mary',     7);
