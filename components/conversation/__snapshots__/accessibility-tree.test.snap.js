/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["prepare"] = 
`main
  StaticText "Step 1 of 8"
  button "Safety steps" not pressed
  heading "Before you start" level 2, description "Step 1 of 8"
  StaticText "A little planning helps the staff member feel safe and able to talk. Use this list to get ready."
  heading "Your checklist" level 3
  StaticText "These are reminders. You can continue without ticking them all."
  checkbox "A private room is booked" not checked, description "Somewhere quiet, where nobody can overhear or interrupt you."
  StaticText "Somewhere quiet, where nobody can overhear or interrupt you."
  checkbox "Paid time is agreed" not checked, description "The conversation happens in work time. Allow 30 to 60 minutes."
  StaticText "The conversation happens in work time. Allow 30 to 60 minutes."
  checkbox "I have asked which language and format suit them" not checked, description "For example large print, a paper copy, Welsh or another language."
  StaticText "For example large print, a paper copy, Welsh or another language."
  checkbox "I have offered someone other than me to talk to" not checked, description "Some people would rather talk to another manager or someone they trust."
  StaticText "Some people would rather talk to another manager or someone they trust."
  checkbox "A professional interpreter is booked, if one is needed" not checked, description "Always use a professional interpreter. Never ask a colleague or a family member to interpret."
  StaticText "Always use a professional interpreter. Never ask a colleague or a family member to interpret."
  checkbox "Local services are loaded" not checked, description "Only national services will be shown. Ask your HR or wellbeing team to add local ones."
  StaticText "Only national services will be shown. Ask your HR or wellbeing team to add local ones."
  StaticText "Have the safety steps in mind"
  StaticText "If at any point you are worried that someone is at risk, open the safety steps straight away. You can come back to this point afterwards."
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  button "Continue"`;
/* end snapshot prepare */

snapshots["open"] = 
`main
  StaticText "Step 2 of 8"
  button "Safety steps" not pressed
  heading "Explain what this conversation is for" level 2, description "Step 2 of 8"
  StaticText "This is time for you, not a performance review. You choose what to talk about, you can skip any question, and you will see and agree anything that is written down."
  heading "Things to say" level 3
  StaticText "Say these in your own words."
  StaticText "This is time for you. We can talk about you as a whole person, at work and outside it."
  StaticText "Having this conversation is your choice. You can stop at any time."
  StaticText "It is not a performance review. It will not be used to judge your work."
  StaticText "You can skip any question. You do not have to say why."
  StaticText "Only what we both agree is written down. You will see it first, and nothing is kept unless you agree."
  StaticText "I will keep what you tell me private. But if I think you or someone else is at risk of serious harm, I may need to get help. Where I can, I will tell you first."
  StaticText "You can ask to talk to someone other than me, now or at any time."
  StaticText "You never have to tell me about a diagnosis or any medical details."
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  StaticText "Saying no is fine. If the staff member would rather not talk now, choose “The staff member would rather not talk now”. Only that choice is recorded, nothing else."
  button "Continue"
  button "The staff member would rather not talk now"
  button "Back"`;
/* end snapshot open */

snapshots["check-in"] = 
`main
  StaticText "Step 3 of 8"
  button "Safety steps" not pressed
  heading "How are things?" level 2, description "Step 3 of 8"
  StaticText "How are things for you at the moment, at work and outside work?"
  button "Say it another way" collapsed
  heading "You could also ask" level 3
  StaticText "What has been going well for you lately?"
  StaticText "What has been hard, or taking up a lot of your energy?"
  StaticText "Is there anything you would like us to talk about today?"
  heading "For you, not to read out" level 3
  StaticText "Tips for you as the manager. They are hidden when you turn the screen to the staff member."
  heading "Listen for" level 4
  StaticText "The words they use for how they are. Use their words back to them, rather than labels."
  StaticText "Changes they mention, in sleep, energy, eating, or how much they enjoy things."
  StaticText "Things they mention briefly. They can come back to them when they choose what to talk about."
  heading "Avoid" level 4
  StaticText "Filling a silence. Give them time to think before you ask the next question."
  StaticText "Telling them how they must feel, or naming a condition. Let them choose the words."
  heading "Cultural note" level 4
  StaticText "Many people do not use mental health words. They may talk about “tension”, “thinking too much”, feeling tired, or aches and pains. Take this seriously, and gently ask what is behind it."
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  StaticText "What we agree to write down"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  textbox "What we agree to write down Agreed wording — will be recorded" multiline, description "Write this together. The staff member reads it and agrees before anything is recorded."
  button "Continue"
  button "Back"`;
/* end snapshot check-in */

snapshots["choose topics, two chosen"] = 
`main
  StaticText "Step 4 of 8"
  button "Safety steps" not pressed
  heading "What would you like to talk about?" level 2, description "Step 4 of 8"
  StaticText "You choose what we talk about. Pick any topics, or none at all. Talking about what keeps you well is just as useful as talking about a problem."
  heading "Topics" level 3
  StaticText "Select all that apply."
  heading "Work and your day" level 4
  checkbox "Work and workload" not checked, description "How the job is going: what works well and what feels like too much."
  StaticText "How the job is going: what works well and what feels like too much."
  checkbox "Breaks and shifts" not checked, description "Breaks, food and drink, rotas and the pattern of your shifts."
  StaticText "Breaks, food and drink, rotas and the pattern of your shifts."
  checkbox "Changes that help" not checked, description "Changes to your work, equipment or surroundings that would help you work at your best."
  StaticText "Changes to your work, equipment or surroundings that would help you work at your best."
  checkbox "What you enjoy" not checked, description "What gives you satisfaction at work, and what you would like more of."
  StaticText "What gives you satisfaction at work, and what you would like more of."
  checkbox "Working pattern" not checked, description "Whether different hours, days or places of work would help."
  StaticText "Whether different hours, days or places of work would help."
  heading "Health" level 4
  checkbox "Sleep and energy" not checked, description "How well you sleep and how much energy you have."
  StaticText "How well you sleep and how much energy you have."
  checkbox "How you are feeling" checked, description "How you have been feeling in yourself lately, on good days and hard ones."
  StaticText "How you have been feeling in yourself lately, on good days and hard ones."
  checkbox "Physical health" checked, description "Any health problem, pain or condition that is affecting you at work."
  StaticText "Any health problem, pain or condition that is affecting you at work."
  checkbox "Life changes" not checked, description "Things like menopause, pregnancy, fertility treatment or coming back from leave."
  StaticText "Things like menopause, pregnancy, fertility treatment or coming back from leave."
  checkbox "Loss and hard moments" not checked, description "A death, a loss, a distressing event at work, or an investigation."
  StaticText "A death, a loss, a distressing event at work, or an investigation."
  checkbox "Ways of coping" not checked, description "How you cope with stress, including alcohol, drugs, gambling or other habits."
  StaticText "How you cope with stress, including alcohol, drugs, gambling or other habits."
  heading "Life outside work" level 4
  checkbox "Money worries" not checked, description "Whether money or the cost of living is adding pressure."
  StaticText "Whether money or the cost of living is adding pressure."
  checkbox "Home and caring" not checked, description "Looking after other people, and anything at home that makes work harder."
  StaticText "Looking after other people, and anything at home that makes work harder."
  checkbox "Faith and customs" not checked, description "Faith, customs or important dates that we could plan around."
  StaticText "Faith, customs or important dates that we could plan around."
  checkbox "Working far from home" not checked, description "Settling in, family far away, and worries about a visa, money or your contract."
  StaticText "Settling in, family far away, and worries about a visa, money or your contract."
  heading "Being treated well" level 4
  checkbox "Being treated fairly" not checked, description "Unfair treatment, bullying, harassment or feeling unsafe at work."
  StaticText "Unfair treatment, bullying, harassment or feeling unsafe at work."
  checkbox "Feeling safe at work" not checked, description "Violence, threats, sexual harassment, racism or other abuse at work."
  StaticText "Violence, threats, sexual harassment, racism or other abuse at work."
  checkbox "Being yourself at work" not checked, description "Whether you can be open about who you are at work, including being LGBT+."
  StaticText "Whether you can be open about who you are at work, including being LGBT+."
  heading "Order to talk about them" level 3
  StaticText "We will talk about them in this order. Use Move up and Move down to change it."
  StaticText "How you are feeling"
  button "Move up How you are feeling" disabled
  button "Move down How you are feeling"
  StaticText "Physical health"
  button "Move up Physical health"
  button "Move down Physical health" disabled
  status atomic, live polite
  button "Continue"
  button "Back"`;
/* end snapshot choose topics, two chosen */

snapshots["explore, first topic, with agreed wording"] = 
`main
  StaticText "Step 5 of 8"
  button "Safety steps" not pressed
  heading "Talking about: How you are feeling" level 2, description "Step 5 of 8"
  StaticText "Topic 1 of 2"
  StaticText "How have you been feeling in yourself lately?"
  button "Say it another way" collapsed
  heading "You could also ask" level 3
  StaticText "What has been on your mind the most?"
  StaticText "What helps you on the harder days?"
  StaticText "Who do you have around you, at work or at home, that you can talk to?"
  heading "For you, not to read out" level 3
  StaticText "Tips for you as the manager. They are hidden when you turn the screen to the staff member."
  heading "Listen for" level 4
  StaticText "Everyday words for a hard time, such as “tension”, “thinking too much”, “just tired”, or aches and pains."
  StaticText "Changes they mention in sleeping, eating, or seeing people."
  StaticText "Talk of feeling hopeless, being a burden, or others being better off without them. If you hear this, ask them directly about suicide and open the safety steps."
  StaticText "What already helps them, such as people, faith, routines or time outdoors."
  heading "Avoid" level 4
  StaticText "Naming a condition, even kindly. You can help without one."
  StaticText "Rushing to fix things or to fill a silence. Give them time."
  StaticText "Asking about medical details. They never have to tell you a diagnosis."
  heading "Cultural note" level 4
  StaticText "Many people do not use mental-health words. They may talk about tension, thinking too much, tiredness or pain in the body instead. Use their words back to them rather than swapping in clinical ones. In some families, talking about feelings outside the home is not usual, so go gently and make it easy to say no."
  heading "Services that could help" level 3
  StaticText "Would you like to try any of these?"
  StaticText "Choose any, or none. The ones you choose are added to the plan."
  StaticText "Confidential mental health care for NHS staff"
  StaticText "NHS Practitioner Health"
  StaticText "A free, confidential NHS mental health and addiction service for healthcare staff in England who have a genuine reason they cannot get care confidentially near where they work, for example the seniority of their role or the team they work in. Check on the website if you can use it."
  StaticText "Phone"
  link "0300 0303 300"
    StaticText "0300 0303 300"
  StaticText "Website"
  link "www.practitionerhealth.nhs.uk"
    StaticText "www.practitionerhealth.nhs.uk"
  StaticText "Opening times"
  StaticText "Monday to Friday, 8am to 8pm. Saturday, 8am to 2pm. Closed on bank holidays."
  checkbox "I’d like to try this: NHS Practitioner Health" not checked
  StaticText "I’d like to try this"
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  StaticText "What we agree to write down"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  textbox "What we agree to write down Agreed wording — will be recorded" multiline, value "Nights leave me tired for days", description "Write this together. The staff member reads it and agrees before anything is recorded."
  button "Continue"
  button "Skip this topic"
  button "Back"`;
/* end snapshot explore, first topic, with agreed wording */

snapshots["safety steps open"] = 
`main
  button "Safety steps" pressed
  heading "Safety steps" level 2
  StaticText "Stay calm and stay with them. You do not need all the answers. These steps will help you keep them safe and find the right support."
  StaticText "What are you worried about?"
  button "Suicide or self-harm" not pressed
  button "Someone else at risk, or not safe to work or drive" not pressed
  button "Domestic abuse" not pressed
  button "A child or an adult at risk" not pressed
  StaticText "Choose what you are worried about to see the steps to follow."
  heading "If someone needs help now" level 3
  StaticText "Numbers checked on 4 November 2024"
  StaticText "Warning"
  StaticText "Some of these numbers were last checked more than a year ago, and some could not be checked on the service's own website. Check them on each service's own website before you rely on them."
  heading "In an emergency" level 4
  StaticText "Emergency services"
  link "Call 999"
    StaticText "Call "
    StaticText "999"
  StaticText "Any time, day or night."
  link "Source for the Emergency services number (opens in new tab)"
    StaticText "Source"
    StaticText "for the Emergency services number"
    StaticText "(opens in new tab)"
  heading "Urgent mental health help" level 4
  StaticText "NHS 111, mental health option"
  link "Call 111"
    StaticText "Call "
    StaticText "111"
  link "NHS 111, mental health option website (opens in new tab)"
    StaticText "NHS 111, mental health option website (opens in new tab)"
  StaticText "Any time, day or night. Call 111 and choose the mental health option."
  link "Source for the NHS 111, mental health option number (opens in new tab)"
    StaticText "Source"
    StaticText "for the NHS 111, mental health option number"
    StaticText "(opens in new tab)"
  heading "Someone to listen" level 4
  StaticText "Samaritans"
  link "Call 116 123"
    StaticText "Call "
    StaticText "116 123"
  link "Samaritans website (opens in new tab)"
    StaticText "Samaritans website (opens in new tab)"
  StaticText "Any time, day or night. Free to call."
  link "Source for the Samaritans number (opens in new tab)"
    StaticText "Source"
    StaticText "for the Samaritans number"
    StaticText "(opens in new tab)"
  heading "Help from your organisation" level 3
  StaticText "Your trust's own policy comes first. If you are not sure what to do, ask your manager on call, HR or occupational health."
  button "Back to the conversation"`;
/* end snapshot safety steps open */

snapshots["explore, second topic"] = 
`main
  StaticText "Step 5 of 8"
  button "Safety steps" not pressed
  heading "Talking about: Physical health" level 2, description "Step 5 of 8"
  StaticText "Topic 2 of 2"
  StaticText "Is any health problem affecting you at work?"
  button "Say it another way" collapsed
  heading "You could also ask" level 3
  StaticText "Which parts of the job does it make harder?"
  StaticText "What has helped before, here or in another job?"
  StaticText "Would it help to talk to occupational health about it?"
  heading "For you, not to read out" level 3
  StaticText "Tips for you as the manager. They are hidden when you turn the screen to the staff member."
  heading "Listen for" level 4
  StaticText "Pain, tiredness or a condition they have been working around without saying."
  StaticText "Parts of the job that make it worse, such as lifting, standing, heat or long shifts."
  StaticText "Appointments that are hard to get to because of their hours."
  heading "Avoid" level 4
  StaticText "Asking what the condition is called. They never have to tell you a diagnosis."
  StaticText "Giving medical advice or guessing the cause."
  StaticText "Linking this to sickness absence or attendance targets. This conversation is about support."
  heading "Cultural note" level 4
  StaticText "Worry and low mood are often felt in the body: headaches, a heavy chest, stomach trouble, aches or tiredness. Someone on probation or a visa, or afraid of looking as if they can’t cope, may find it easier to name a pain than a worry. Take the symptom seriously, and gently ask how things are in general too, without putting a label on it."
  heading "Services that could help" level 3
  StaticText "Would you like to try any of these?"
  StaticText "Choose any, or none. The ones you choose are added to the plan."
  StaticText "Changes at work and Access to Work"
  StaticText "Access to Work"
  StaticText "A government scheme that can pay for support at work if you have a disability or a physical or mental health condition. It includes support with your mental health at work. For people in England, Scotland and Wales."
  StaticText "Website"
  link "www.gov.uk/access-to-work"
    StaticText "www.gov.uk/access-to-work"
  checkbox "I’d like to try this: Access to Work" not checked
  StaticText "I’d like to try this"
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  StaticText "What we agree to write down"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  textbox "What we agree to write down Agreed wording — will be recorded" multiline, description "Write this together. The staff member reads it and agrees before anything is recorded."
  button "Continue"
  button "Skip this topic"
  button "Back"`;
/* end snapshot explore, second topic */

snapshots["what helps"] = 
`main
  StaticText "Step 6 of 8"
  button "Safety steps" not pressed
  heading "What helps you stay well" level 2, description "Step 6 of 8"
  StaticText "Talk about what keeps you well, the early signs that things are getting harder, and what you would like us to do if we notice them."
  StaticText "Every question is optional. Write the answers together, in the staff member's own words."
  StaticText "What keeps you well at work?"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  StaticText "In everyday words: "
  StaticText "What helps you have a good day at work?"
  textbox "What keeps you well at work? Agreed wording — will be recorded" multiline, description "Write this together. The staff member reads it and agrees before anything is recorded. In everyday words: What helps you have a good day at work?"
  StaticText "What are the early signs that things are getting harder for you?"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  StaticText "In everyday words: "
  StaticText "How can you tell when things are starting to get on top of you?"
  textbox "What are the early signs that things are getting harder for you? Agreed wording — will be recorded" multiline, description "Write this together. The staff member reads it and agrees before anything is recorded. In everyday words: How can you tell when things are starting to get on top of you?"
  StaticText "If I notice those signs, what would you like me to do?"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  StaticText "In everyday words: "
  StaticText "If I can see you are having a hard time, what would help, and what would not?"
  textbox "If I notice those signs, what would you like me to do? Agreed wording — will be recorded" multiline, description "Write this together. The staff member reads it and agrees before anything is recorded. In everyday words: If I can see you are having a hard time, what would help, and what would not?"
  StaticText "What will you do for yourself when things get harder?"
  StaticText "Agreed wording — will be recorded"
  StaticText "Write this together. The staff member reads it and agrees before anything is recorded."
  StaticText "In everyday words: "
  StaticText "What do you usually do to look after yourself when things are hard?"
  textbox "What will you do for yourself when things get harder? Agreed wording — will be recorded" multiline, description "Write this together. The staff member reads it and agrees before anything is recorded. In everyday words: What do you usually do to look after yourself when things are hard?"
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  button "Continue"
  button "Back"`;
/* end snapshot what helps */

snapshots["plan, one action"] = 
`main
  StaticText "Step 7 of 8"
  button "Safety steps" not pressed
  heading "Agree a plan" level 2, description "Step 7 of 8"
  heading "Actions" level 3
  StaticText "Who will do what, and by when. Keep each action small, so it is easy to do."
  StaticText "Action 1"
  StaticText "What will be done?"
  textbox "What will be done?" value "Take a walk at lunchtime"
  StaticText "Who will do it?"
  radio "You" checked
  radio "Your manager" not checked
  radio "You and your manager" not checked
  StaticText "Do it by (optional)"
  StaticText "Leave this empty if there is no date."
  StaticText "For example, [date from today]"
  StaticText "Day"
  textbox "Day"
  StaticText "Month"
  textbox "Month"
  StaticText "Year"
  textbox "Year"
  button "Remove action 1"
  button "Add an action"
  heading "Changes to how you work" level 3
  StaticText "Changes to your job, hours or workplace that would help you. These are sometimes called reasonable adjustments. Write down the ones that are not possible too, and why."
  button "Add a change"
  heading "Services you want to try" level 3
  StaticText "You choose these while we talk about each topic."
  StaticText "You have not chosen any services. You can choose them when we talk about a topic."
  StaticText "When shall we talk again?"
  StaticText "Talk again at least once a year. Pick a date that suits you both."
  StaticText "For example, [date from today]"
  StaticText "Day"
  textbox "Day"
  StaticText "Month"
  textbox "Month"
  StaticText "Year"
  textbox "Year"
  StaticText "Your private notes"
  StaticText "Private — not recorded"
  StaticText "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  textbox "Your private notes Private — not recorded" multiline, description "Only for you during the conversation. They are deleted when it ends and never leave this screen."
  button "Continue"
  button "Back"`;
/* end snapshot plan, one action */

snapshots["agree, every section ticked"] = 
`main
  StaticText "Step 8 of 8"
  button "Safety steps" not pressed
  heading "Check and agree what is recorded" level 2, description "Step 8 of 8"
  StaticText "Read each section together. Tick each section the staff member agrees to record. Anything not ticked is left out."
  StaticText "Private notes are not shown here and will be deleted."
  heading "What we talked about" level 3
  button "Change What we talked about"
  StaticText "How you are feeling"
  StaticText "Nights leave me tired for days"
  button "Change what we agreed about How you are feeling"
  StaticText "Physical health"
  StaticText "Only the topic name. No wording was agreed."
  button "Change what we agreed about Physical health"
  checkbox "Record this section What we talked about" checked
  StaticText "Record this section"
  StaticText "What we talked about"
  heading "Actions" level 3
  button "Change Actions"
  StaticText "Take a walk at lunchtime"
  StaticText "Who: you"
  checkbox "Record this section Actions" checked
  StaticText "Record this section"
  StaticText "Actions"
  status atomic, live polite
    StaticText "2 of 2 sections will be recorded"
  button "Agree and record"
  button "Back"`;
/* end snapshot agree, every section ticked */

snapshots["complete"] = 
`main
  button "Safety steps" not pressed
  heading "Conversation complete" level 2
  heading "Plan recorded" level 3
  StaticText "2 sections were recorded, with the staff member's agreement."
  StaticText "Your private notes have been deleted. They were never part of the record."
  StaticText "This is the staff member's copy. It holds only what they agreed to record."
  region "My health and wellbeing plan"
    heading "My health and wellbeing plan" level 3
    StaticText "Conversation held on [date from today]"
    heading "What we talked about" level 4
    StaticText "How you are feeling"
    StaticText "Nights leave me tired for days"
    StaticText "Physical health"
    heading "Actions" level 4
    StaticText "Take a walk at lunchtime"
    StaticText " ("
    StaticText "you"
    StaticText ")"
  button "Print a copy for the staff member"
  button "Start again"`;
/* end snapshot complete */

