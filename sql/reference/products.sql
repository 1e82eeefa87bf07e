-- Volume-licensed products by activation ID (SKU ID), the ID a KMS client names in its 12288
-- and a host in its 12290 (the "Activation ID" slmgr /dlv shows): what the clients table calls a
-- product. Running this script (re)loads the table product created by product-table.sql. An ID
-- not listed is shown as the GUID.
--
-- Columns:
--   activation_id  the SKU ID, lower case
--   product        the product's name, as an admin calls it
--   family         Windows, Windows Server or Office (Office includes Project and Visio)
--
-- Sources. Microsoft's "Key Management Services (KMS) client activation and product keys" page
-- (learn.microsoft.com, windows-server/get-started/kms-client-activation-keys) lists the
-- products that take a GVLK but not their activation IDs, and "Generic Volume License Keys (GVLK)"
-- for Office (learn.microsoft.com, office/volume-license-activation/gvlks) the Office ones. The
-- IDs and names of every block below are from py-kms's py-kms/KmsDataBase.xml
-- (github.com/Py-KMS-Organization/py-kms, commit b0e1615, 2026-05-01; its SKU list credits
-- Hotbird64's License Manager 5.1), Windows 7 to 11 and Server 2008 R2 to 2025 volume SKUs and
-- Office 2010 to 2024 volume SKUs; left out: Vista, Server 2008, retail and preview or insider
-- SKUs, which KMS clients of a production host do not name. Windows 10/11 Enterprise LTSC 2019,
-- 2021 and Windows 11 Enterprise LTSC 2024 share one GVLK (Microsoft's page), so one ID.
-- Checked against a second source: ae2ee509-... (Windows 7 Enterprise) in a published slmgr /dlv
-- output and in several activation scripts' GVLK tables; 8d368fc1-... (Office LTSC Professional
-- Plus 2024) in a published ospp.vbs /act output (Office24ProPlus2024VL_KMS_Client_AE);
-- c052f164-... (Server 2025 Datacenter) in an activation script's SKU table; 73111121-...,
-- 2de67392-..., 34e1ae55-..., de32eafd-..., 9bd77860-..., ef6cfc9f-..., 68531fb9-... and
-- d450596f-... against ../shared/KMS-REFERENCE.md. Format rules as in error-codes.sql: one row per
-- line, quotes doubled.

DELETE FROM product;


-- Windows Server 2025 (py-kms KmsItem "Windows Server 2025").
INSERT INTO product (activation_id, product, family) VALUES
    ('45b5aff2-60a0-42f2-bc4b-ec6e5f7b527e', 'Windows Server 2025 Azure Core', 'Windows Server'),
    ('c2e946d1-cfa2-4523-8c87-30bc696ee584', 'Windows Server 2025 Datacenter Azure Edition', 'Windows Server'),
    ('c052f164-cdf6-409a-a0cb-853ba0f0f55a', 'Windows Server 2025 Datacenter', 'Windows Server'),
    ('7dc26449-db21-4e09-ba37-28f2958506a6', 'Windows Server 2025 Standard', 'Windows Server');

-- Windows Server 2022 (py-kms KmsItem "Windows Server 2022").
INSERT INTO product (activation_id, product, family) VALUES
    ('8c8f0ad3-9a43-4e05-b840-93b8d1475cbc', 'Windows Server 2022 Azure Core', 'Windows Server'),
    ('19b5e0fb-4431-46bc-bac1-2f1873e4ae73', 'Windows Server 2022 Datacenter Azure Edition', 'Windows Server'),
    ('ef6cfc9f-8c5d-44ac-9aad-de6a2ea0ae03', 'Windows Server 2022 Datacenter', 'Windows Server'),
    ('9bd77860-9b31-4b7b-96ad-2564017315bf', 'Windows Server 2022 Standard', 'Windows Server'),
    ('39e69c41-42b4-4a0a-abad-8e3c10a797cc', 'Windows Server 2022 Datacenter (Semi-Annual Channel)', 'Windows Server'),
    ('f5e9429c-f50b-4b98-b15c-ef92eb5cff39', 'Windows Server 2022 Standard (Semi-Annual Channel)', 'Windows Server');

-- Windows Server 2019 (py-kms KmsItem "Windows Server 2019").
INSERT INTO product (activation_id, product, family) VALUES
    ('a99cc1f0-7719-4306-9645-294102fbff95', 'Windows Server 2019 Azure Core', 'Windows Server'),
    ('034d3cbb-5d4b-4245-b3f8-f84571314078', 'Windows Server 2019 Essentials', 'Windows Server'),
    ('34e1ae55-27f8-4950-8877-7a03be5fb181', 'Windows Server 2019 Datacenter', 'Windows Server'),
    ('de32eafd-aaee-4662-9444-c1befb41bde2', 'Windows Server 2019 Standard', 'Windows Server'),
    ('8de8eb62-bbe0-40ac-ac17-f75595071ea3', 'Windows Server 2019 ARM64', 'Windows Server'),
    ('90c362e5-0da1-4bfd-b53b-b87d309ade43', 'Windows Server 2019 Datacenter (Semi-Annual Channel)', 'Windows Server'),
    ('73e3957c-fc0c-400d-9184-5f7b6f2eb409', 'Windows Server 2019 Standard (Semi-Annual Channel)', 'Windows Server');

-- Windows Server 2016 (py-kms KmsItem "Windows Server 2016").
INSERT INTO product (activation_id, product, family) VALUES
    ('3dbf341b-5f6c-4fa7-b936-699dce9e263f', 'Windows Server 2016 Azure Core', 'Windows Server'),
    ('2b5a1b0f-a5ab-4c54-ac2f-a6d94824a283', 'Windows Server 2016 Essentials', 'Windows Server'),
    ('21c56779-b449-4d20-adfc-eece0e1ad74b', 'Windows Server 2016 Datacenter', 'Windows Server'),
    ('8c1c5410-9f39-4805-8c9d-63a07706358f', 'Windows Server 2016 Standard', 'Windows Server'),
    ('43d9af6e-5e86-4be8-a797-d072a046896c', 'Windows Server 2016 ARM64', 'Windows Server'),
    ('e49c08e7-da82-42f8-bde2-b570fbcae76c', 'Windows Server 2016 Datacenter (Semi-Annual Channel)', 'Windows Server'),
    ('61c5ef22-f14f-4553-a824-c4b31e84b100', 'Windows Server 2016 Standard (Semi-Annual Channel)', 'Windows Server'),
    ('7b4433f4-b1e7-4788-895a-c45378d38253', 'Windows Server 2016 Cloud Storage', 'Windows Server');

-- Windows Server 2012 R2 (py-kms KmsItem "Windows Server 2012 R2").
INSERT INTO product (activation_id, product, family) VALUES
    ('21db6ba4-9a7b-4a14-9e29-64a60c59301d', 'Windows Server 2012 R2 Essentials', 'Windows Server'),
    ('00091344-1ea4-4f37-b789-01750ba6988c', 'Windows Server 2012 R2 Datacenter', 'Windows Server'),
    ('b3ca044e-a358-4d68-9883-aaa2941aca99', 'Windows Server 2012 R2 Standard', 'Windows Server'),
    ('b743a2be-68d4-4dd3-af32-92425b7bb623', 'Windows Server 2012 R2 Cloud Storage', 'Windows Server');

-- Windows Server 2012 (py-kms KmsItem "Windows Server 2012").
INSERT INTO product (activation_id, product, family) VALUES
    ('8f365ba6-c1b9-4223-98fc-282a0756a3ed', 'Windows Server 2012 Essentials', 'Windows Server'),
    ('d3643d60-0c42-412d-a7d6-52e6635327f6', 'Windows Server 2012 Datacenter', 'Windows Server'),
    ('f0f5ec41-0d55-4732-af02-440a44a3cf0f', 'Windows Server 2012 Standard', 'Windows Server'),
    ('95fd1c83-7df5-494a-be8b-1300e1c9d1cd', 'Windows Server 2012 MultiPoint Premium', 'Windows Server'),
    ('7d5486c7-e120-4771-b7f1-7b56c6d3170c', 'Windows Server 2012 MultiPoint Standard', 'Windows Server');

-- Windows Server 2008 R2 A (Web and HPC) (py-kms KmsItem "Windows Server 2008 R2 A (Web and HPC)").
INSERT INTO product (activation_id, product, family) VALUES
    ('f772515c-0e87-48d5-a676-e6962c3e1195', 'Windows MultiPoint Server 2010', 'Windows Server'),
    ('a78b8bd9-8017-4df5-b86a-09f756affa7c', 'Windows Server 2008 R2 Web', 'Windows Server'),
    ('cda18cf3-c196-46ad-b289-60c072869994', 'Windows Server 2008 R2 HPC Edition', 'Windows Server');

-- Windows Server 2008 R2 B (Standard and Enterprise) (py-kms KmsItem "Windows Server 2008 R2 B (Standard and Enterprise)").
INSERT INTO product (activation_id, product, family) VALUES
    ('68531fb9-5511-4989-97be-d11a0f55633f', 'Windows Server 2008 R2 Standard', 'Windows Server'),
    ('620e2b3d-09e7-42fd-802a-17a13652fe7a', 'Windows Server 2008 R2 Enterprise', 'Windows Server');

-- Windows Server 2008 R2 C (Datacenter and Itanium) (py-kms KmsItem "Windows Server 2008 R2 C (Datacenter and Itanium)").
INSERT INTO product (activation_id, product, family) VALUES
    ('7482e61b-c589-4b7f-8ecc-46d455ac3b87', 'Windows Server 2008 R2 Datacenter', 'Windows Server'),
    ('8a26851c-1c7e-48d3-a687-fbca9b9ac16b', 'Windows Server 2008 R2 Enterprise for Itanium', 'Windows Server');

-- Windows 10 ServerRdsh (Volume) (py-kms KmsItem "Windows 10 ServerRdsh (Volume)").
INSERT INTO product (activation_id, product, family) VALUES
    ('ec868e65-fadf-4759-b23e-93fe37f2cc29', 'Windows 10/11 Enterprise multi-session', 'Windows Server');

-- Windows 10/11 China Government (py-kms KmsItem "Windows 10/11 China Government").
INSERT INTO product (activation_id, product, family) VALUES
    ('e0b2d383-d112-413f-8a80-97f373a5820c', 'Windows 10/11 Enterprise G', 'Windows'),
    ('e38454fb-41a4-4f59-a5dc-25080e354730', 'Windows 10/11 Enterprise G N', 'Windows');

-- Windows 10 2019 (Volume) (py-kms KmsItem "Windows 10 2019 (Volume)").
INSERT INTO product (activation_id, product, family) VALUES
    ('32d2fab3-e4a8-42c2-923b-4bf4fd13e6ee', 'Windows 10/11 Enterprise LTSC 2019/2021/2024', 'Windows'),
    ('7103a333-b8c8-49cc-93ce-d37c09687f92', 'Windows 10/11 Enterprise LTSC 2019/2021/2024 N', 'Windows');

-- Windows 10 2016 (Volume) (py-kms KmsItem "Windows 10 2016 (Volume)").
INSERT INTO product (activation_id, product, family) VALUES
    ('2d5a5a60-3040-48bf-beb0-fcd770c20ce0', 'Windows 10 Enterprise 2016 LTSB', 'Windows'),
    ('9f776d83-7156-45b2-8a5c-359b9c9f22a3', 'Windows 10 Enterprise 2016 LTSB N', 'Windows');

-- Windows 10/11 2015 (Volume) (py-kms KmsItem "Windows 10/11 2015 (Volume)").
INSERT INTO product (activation_id, product, family) VALUES
    ('7b51a46c-0c04-4e8f-9af4-8496cca90d5e', 'Windows 10 Enterprise 2015 LTSB', 'Windows'),
    ('87b838b7-41b6-4590-8318-5797951d8529', 'Windows 10 Enterprise 2015 LTSB N', 'Windows'),
    ('e0c42288-980c-4788-a014-c080d2e1926e', 'Windows 10/11 Education', 'Windows'),
    ('3c102355-d027-42c6-ad23-2e7ef8a02585', 'Windows 10/11 Education N', 'Windows'),
    ('73111121-5638-40f6-bc11-f1d7b0d64300', 'Windows 10/11 Enterprise', 'Windows'),
    ('e272e3e2-732f-4c65-a8f0-484747d0d947', 'Windows 10/11 Enterprise N', 'Windows'),
    ('2de67392-b7a7-462a-b1ca-108dd189f588', 'Windows 10/11 Pro', 'Windows'),
    ('a80b5abf-76ad-428b-b05d-a47d2dffeebf', 'Windows 10/11 Pro N', 'Windows'),
    ('3f1afc82-f8ac-4f6c-8005-1d233e606eee', 'Windows 10/11 Pro Education', 'Windows'),
    ('5300b18c-2e33-4dc2-8291-47ffcec746dd', 'Windows 10/11 Pro Education N', 'Windows'),
    ('82bbc092-bc50-4e16-8e18-b74fc486aec3', 'Windows 10/11 Pro Workstation', 'Windows'),
    ('4b1571d3-bafb-4b40-8087-a961be2caf65', 'Windows 10/11 Pro Workstation N', 'Windows'),
    ('59eb965c-9150-42b7-a0ec-22151b9897c5', 'Windows 10/11 IoT Enterprise LTSC 2021/2024', 'Windows'),
    ('ca7df2e3-5ea0-47b8-9ac1-b1be4d8edd69', 'Windows 11 SE', 'Windows'),
    ('d30136fc-cb4b-416e-a23d-87207abc44a9', 'Windows 11 SE N', 'Windows'),
    ('0df4f814-3f57-4b8b-9a9d-fddadcd69fac', 'Windows 10 S (Lean)', 'Windows'),
    ('e4db50ea-bda1-4566-b047-0ca50abc6f07', 'Windows 10 Remote Server', 'Windows Server');

-- Windows 8.1 (Volume) (py-kms KmsItem "Windows 8.1 (Volume)").
INSERT INTO product (activation_id, product, family) VALUES
    ('81671aaf-79d1-4eb1-b004-8cbbe173afea', 'Windows 8.1 Enterprise', 'Windows'),
    ('113e705c-fa49-48a4-beea-7dd879b46b14', 'Windows 8.1 Enterprise N', 'Windows'),
    ('c06b6981-d7fd-4a35-b7b4-054742b7af67', 'Windows 8.1 Professional', 'Windows'),
    ('7476d79f-8e48-49b4-ab63-4d0b813a16e4', 'Windows 8.1 Professional N', 'Windows'),
    ('f7e88590-dfc7-4c78-bccb-6f3865b99d1a', 'Windows 8.1 Embedded Industry Automotive', 'Windows'),
    ('cd4e2d9f-5059-4a50-a92d-05d5bb1267c7', 'Windows 8.1 Embedded Industry Enterprise', 'Windows'),
    ('0ab82d54-47f4-4acb-818c-cc5bf0ecb649', 'Windows 8.1 Embedded Industry Professional', 'Windows'),
    ('e9942b32-2e55-4197-b0bd-5ff58cba8860', 'Windows 8.1 Core Connected', 'Windows'),
    ('c6ddecd6-2354-4c19-909b-306a3058484e', 'Windows 8.1 Core Connected N', 'Windows'),
    ('ba998212-460a-44db-bfb5-71bf09d1c68b', 'Windows 8.1 Core Connected Country Specific', 'Windows'),
    ('b8f5e3a3-ed33-4608-81e1-37d6c9dcfd9c', 'Windows 8.1 Core Connected Single Language', 'Windows');

-- Windows 8 (Volume) (py-kms KmsItem "Windows 8 (Volume)").
INSERT INTO product (activation_id, product, family) VALUES
    ('458e1bec-837a-45f6-b9d5-925ed5d299de', 'Windows 8 Enterprise', 'Windows'),
    ('e14997e7-800a-4cf7-ad10-de4b45b578db', 'Windows 8 Enterprise N', 'Windows'),
    ('a98bcd6d-5343-4603-8afe-5908e4611112', 'Windows 8 Professional', 'Windows'),
    ('ebf245c1-29a8-4daf-9cb1-38dfc608a8c8', 'Windows 8 Professional N', 'Windows'),
    ('18db1848-12e0-4167-b9d7-da7fcda507db', 'Windows 8 Embedded Industry Enterprise', 'Windows'),
    ('10018baf-ce21-4060-80bd-47fe74ed4dab', 'Windows 8 Embedded Industry Professional', 'Windows');

-- Windows 7 (py-kms KmsItem "Windows 7").
INSERT INTO product (activation_id, product, family) VALUES
    ('ae2ee509-1b34-41c0-acb7-6d4650168915', 'Windows 7 Enterprise', 'Windows'),
    ('46bbed08-9c7b-48fc-a614-95250573f4ea', 'Windows 7 Enterprise E', 'Windows'),
    ('1cb6d605-11b3-4e14-bb30-da91c8e3983a', 'Windows 7 Enterprise N', 'Windows'),
    ('b92e9980-b9d5-4821-9c94-140f632f6312', 'Windows 7 Professional', 'Windows'),
    ('5a041529-fef8-4d07-b06f-b59b573b32d2', 'Windows 7 Professional E', 'Windows'),
    ('54a09a0d-d57b-4c10-8b69-a842d6590ad5', 'Windows 7 Professional N', 'Windows'),
    ('aa6dd3aa-c2b4-40e2-a544-a6bbb3f5c395', 'Windows 7 ThinPC', 'Windows'),
    ('db537896-376f-48ae-a492-53d0547773d0', 'Windows 7 Embedded POSReady', 'Windows'),
    ('e1a8296a-db37-44d1-8cce-7bc961d59c54', 'Windows 7 Embedded Standard', 'Windows');

-- Office 2010 (py-kms KmsItem "Office 2010").
INSERT INTO product (activation_id, product, family) VALUES
    ('8ce7e872-188c-4b98-9d90-f8f90b7aad02', 'Office Access 2010', 'Office'),
    ('cee5d470-6e3b-4fcc-8c2b-d17428568a9f', 'Office Excel 2010', 'Office'),
    ('8947d0b8-c33b-43e1-8c56-9b674c052832', 'Office Groove 2010', 'Office'),
    ('ca6b6639-4ad6-40ae-a575-14dee07f6430', 'Office InfoPath 2010', 'Office'),
    ('09ed9640-f020-400a-acd8-d7d867dfd9c2', 'Office Mondo 1 2010', 'Office'),
    ('ef3d4e49-a53d-4d81-a2b1-2ca6c2556b2c', 'Office Mondo 2 2010', 'Office'),
    ('ab586f5c-5256-4632-962f-fefd8b49e6f4', 'Office OneNote 2010', 'Office'),
    ('ecb7c192-73ab-4ded-acf4-2399b095d0cc', 'Office Outlook 2010', 'Office'),
    ('45593b1d-dfb1-4e91-bbfb-2d5d0ce2227a', 'Office PowerPoint 2010', 'Office'),
    ('6f327760-8c5c-417c-9b61-836a98287e0c', 'Office Professional Plus 2010', 'Office'),
    ('df133ff7-bf14-4f95-afe3-7b48e7e331ef', 'Office Project Pro 2010', 'Office'),
    ('5dc7bf61-5ec9-4996-9ccb-df806a2d0efe', 'Office Project Standard 2010', 'Office'),
    ('b50c4f75-599b-43e8-8dcd-1081a7967241', 'Office Publisher 2010', 'Office'),
    ('ea509e87-07a1-4a45-9edc-eba5a39f36af', 'Office Small Business Basics 2010', 'Office'),
    ('9da2a678-fb6b-4e67-ab84-60dd6a9c819a', 'Office Standard 2010', 'Office'),
    ('92236105-bb67-494f-94c7-7f7a607929bd', 'Office Visio Premium 2010', 'Office'),
    ('e558389c-83c3-4b29-adfe-5e4d7f46c358', 'Office Visio Pro 2010', 'Office'),
    ('9ed833ff-4f92-4f36-b370-8683a4f13275', 'Office Visio Standard 2010', 'Office'),
    ('2d0882e7-a4e7-423b-8ccc-70d91e0158b1', 'Office Word 2010', 'Office');

-- Office 2013 (py-kms KmsItem "Office 2013").
INSERT INTO product (activation_id, product, family) VALUES
    ('6ee7622c-18d8-4005-9fb7-92db644a279b', 'Office Access 2013', 'Office'),
    ('f7461d52-7c2b-43b2-8744-ea958e0bd09a', 'Office Excel 2013', 'Office'),
    ('a30b8040-d68a-423f-b0b5-9ce292ea5a8f', 'Office InfoPath 2013', 'Office'),
    ('1b9f11e3-c85c-4e1b-bb29-879ad2c909e3', 'Office Lync 2013', 'Office'),
    ('dc981c6b-fc8e-420f-aa43-f8f33e5c0923', 'Office Mondo 2013', 'Office'),
    ('efe1f3e6-aea2-4144-a208-32aa872b6545', 'Office OneNote 2013', 'Office'),
    ('771c3afa-50c5-443f-b151-ff2546d863a0', 'Office Outlook 2013', 'Office'),
    ('8c762649-97d1-4953-ad27-b7e2c25b972e', 'Office PowerPoint 2013', 'Office'),
    ('b322da9c-a2e2-4058-9e4e-f59a6970bd69', 'Office Professional Plus 2013', 'Office'),
    ('4a5d124a-e620-44ba-b6ff-658961b33b9a', 'Office Project Pro 2013', 'Office'),
    ('427a28d1-d17c-4abf-b717-32c780ba6f07', 'Office Project Standard 2013', 'Office'),
    ('00c79ff1-6850-443d-bf61-71cde0de305f', 'Office Publisher 2013', 'Office'),
    ('b13afb38-cd79-4ae5-9f7f-eed058d750ca', 'Office Standard 2013', 'Office'),
    ('e13ac10e-75d0-4aff-a0cd-764982cf541c', 'Office Visio Pro 2013', 'Office'),
    ('ac4efaf0-f81f-4f61-bdf7-ea32b02ab117', 'Office Visio Standard 2013', 'Office'),
    ('d9f5b1c6-5386-495a-88f9-9ad6b41ac9b3', 'Office Word 2013', 'Office');

-- Office 2016 (py-kms KmsItem "Office 2016").
INSERT INTO product (activation_id, product, family) VALUES
    ('67c0fc0c-deba-401b-bf8b-9c8ad8395804', 'Office Access 2016', 'Office'),
    ('c3e65d36-141f-4d2f-a303-a842ee756a29', 'Office Excel 2016', 'Office'),
    ('9caabccb-61b1-4b4b-8bec-d10a3c3ac2ce', 'Office Mondo 2016', 'Office'),
    ('e914ea6e-a5fa-4439-a394-a9bb3293ca09', 'Office Mondo R 2016', 'Office'),
    ('d8cace59-33d2-4ac7-9b1b-9b72339c51c8', 'Office OneNote 2016', 'Office'),
    ('ec9d9265-9d1e-4ed0-838a-cdc20f2551a1', 'Office Outlook 2016', 'Office'),
    ('d70b1bba-b893-4544-96e2-b7a318091c33', 'Office PowerPoint 2016', 'Office'),
    ('d450596f-894d-49e0-966a-fd39ed4c4c64', 'Office Professional Plus 2016', 'Office'),
    ('4f414197-0fc2-4c01-b68a-86cbb9ac254c', 'Office Project Pro 2016', 'Office'),
    ('829b8110-0e6f-4349-bca4-42803577788d', 'Office Project Pro 2016 C2R', 'Office'),
    ('da7ddabc-3fbe-4447-9e01-6ab7440b4cd4', 'Office Project Standard 2016', 'Office'),
    ('cbbaca45-556a-4416-ad03-bda598eaa7c8', 'Office Project Standard 2016 C2R', 'Office'),
    ('041a06cb-c5b8-4772-809f-416d03d16654', 'Office Publisher 2016', 'Office'),
    ('83e04ee1-fa8d-436d-8994-d31a862cab77', 'Office Skype for Business 2016', 'Office'),
    ('dedfa23d-6ed1-45a6-85dc-63cae0546de6', 'Office Standard 2016', 'Office'),
    ('6bf301c1-b94a-43e9-ba31-d494598c47fb', 'Office Visio Pro 2016', 'Office'),
    ('b234abe3-0857-4f9c-b05a-4dc314f85557', 'Office Visio Pro 2016 C2R', 'Office'),
    ('aa2a7821-1827-4c2c-8f1d-4513a34dda97', 'Office Visio Standard 2016', 'Office'),
    ('361fe620-64f4-41b5-ba77-84f8e079b1f7', 'Office Visio Standard 2016 C2R', 'Office'),
    ('bb11badf-d8aa-470e-9311-20eaf80fe5cc', 'Office Word 2016', 'Office');

-- Office 2019 (py-kms KmsItem "Office 2019").
INSERT INTO product (activation_id, product, family) VALUES
    ('9e9bceeb-e736-4f26-88de-763f87dcc485', 'Office Access 2019', 'Office'),
    ('237854e9-79fc-4497-a0c1-a70969691c6b', 'Office Excel 2019', 'Office'),
    ('c8f8a301-19f5-4132-96ce-2de9d4adbd33', 'Office Outlook 2019', 'Office'),
    ('3131fd61-5e4f-4308-8d6d-62be1987c92c', 'Office PowerPoint 2019', 'Office'),
    ('85dd8b5f-eaa4-4af3-a628-cce9e77c9a03', 'Office Professional Plus 2019', 'Office'),
    ('2ca2bf3f-949e-446a-82c7-e25a15ec78c4', 'Office Project Pro 2019', 'Office'),
    ('1777f0e3-7392-4198-97ea-8ae4de6f6381', 'Office Project Standard 2019', 'Office'),
    ('9d3e4cca-e172-46f1-a2f4-1d2107051444', 'Office Publisher 2019', 'Office'),
    ('734c6c6e-b0ba-4298-a891-671772b2bd1b', 'Office Skype for Business 2019', 'Office'),
    ('6912a74b-a5fb-401a-bfdb-2e3ab46f4b02', 'Office Standard 2019', 'Office'),
    ('5b5cf08f-b81a-431d-b080-3450d8620565', 'Office Visio Pro 2019', 'Office'),
    ('e06d7df3-aad0-419d-8dfb-0ac37e2bdf39', 'Office Visio Standard 2019', 'Office'),
    ('059834fe-a8ea-4bff-b67b-4d006b5447d3', 'Office Word 2019', 'Office');

-- Office 2021 (py-kms KmsItem "Office 2021").
INSERT INTO product (activation_id, product, family) VALUES
    ('1fe429d8-3fa7-4a39-b6f0-03dded42fe14', 'Office Access LTSC 2021', 'Office'),
    ('ea71effc-69f1-4925-9991-2f5e319bbc24', 'Office Excel LTSC 2021', 'Office'),
    ('a5799e4c-f83c-4c6e-9516-dfe9b696150b', 'Office Outlook LTSC 2021', 'Office'),
    ('6e166cc3-495d-438a-89e7-d7c9e6fd4dea', 'Office PowerPoint LTSC 2021', 'Office'),
    ('fbdb3e18-a8ef-4fb3-9183-dffd60bd0984', 'Office LTSC Professional Plus 2021', 'Office'),
    ('76881159-155c-43e0-9db7-2d70a9a3a4ca', 'Office Project Pro 2021', 'Office'),
    ('6dd72704-f752-4b71-94c7-11cec6bfc355', 'Office Project Standard 2021', 'Office'),
    ('aa66521f-2370-4ad8-a2bb-c095e3e4338f', 'Office Publisher LTSC 2021', 'Office'),
    ('1f32a9af-1274-48bd-ba1e-1ab7508a23e8', 'Office Skype for Business LTSC 2021', 'Office'),
    ('080a45c5-9f9f-49eb-b4b0-c3c610a5ebd3', 'Office LTSC Standard 2021', 'Office'),
    ('fb61ac9a-1688-45d2-8f6b-0674dbffa33c', 'Office Visio LTSC Pro 2021', 'Office'),
    ('72fce797-1884-48dd-a860-b2f6a5efd3ca', 'Office Visio LTSC Standard 2021', 'Office'),
    ('abe28aea-625a-43b1-8e30-225eb8fbd9e5', 'Office Word LTSC 2021', 'Office');

-- Office 2024 (py-kms KmsItem "Office 2024").
INSERT INTO product (activation_id, product, family) VALUES
    ('72e9faa7-ead1-4f3d-9f6e-3abc090a81d7', 'Office Access LTSC 2024', 'Office'),
    ('cbbba2c3-0ff5-4558-846a-043ef9d78559', 'Office Excel LTSC 2024', 'Office'),
    ('bef3152a-8a04-40f2-a065-340c3f23516d', 'Office Outlook LTSC 2024', 'Office'),
    ('b63626a4-5f05-4ced-9639-31ba730a127e', 'Office PowerPoint LTSC 2024', 'Office'),
    ('8d368fc1-9470-4be2-8d66-90e836cbb051', 'Office LTSC Professional Plus 2024', 'Office'),
    ('f510af75-8ab7-4426-a236-1bfb95c34ff8', 'Office Project Pro 2024', 'Office'),
    ('9f144f27-2ac5-40b9-899d-898c2b8b4f81', 'Office Project Standard 2024', 'Office'),
    ('0002290a-2091-4324-9e53-3cfe28884cde', 'Office Skype for Business LTSC 2024', 'Office'),
    ('bbac904f-6a7e-418a-bb4b-24c85da06187', 'Office LTSC Standard 2024', 'Office'),
    ('fa187091-8246-47b1-964f-80a0b1e5d69a', 'Office Visio LTSC Pro 2024', 'Office'),
    ('923fa470-aa71-4b8b-b35c-36b79bf9f44b', 'Office Visio LTSC Standard 2024', 'Office'),
    ('d0eded01-0881-4b37-9738-190400095098', 'Office Word LTSC 2024', 'Office');
